import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The boot script's entry: TypeScript, importing the app's own pure modules. */
export const BOOT_ENTRY = fileURLToPath(new URL('../src/boot/boot.ts', import.meta.url));

/**
 * The language level of the boot script: ES2019, as the hand-written script was, so a browser too
 * old for `?.` and `??` still gets its language page and theme before the first paint (the
 * import() that loads the app is left as written: such a browser has it or no app at all).
 */
const BOOT_TARGET = 'es2019';

/**
 * The boot script as it is inlined into every prerendered page (src/boot/boot.ts): one classic
 * script, an IIFE, minified. Built by Vite's own bundler (Rolldown) from the entry, with nothing
 * of the project's configuration: no plugin runs, and the app's modules it imports must stay pure.
 */
export async function buildBootScript(): Promise<string> {
  const result = await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: BOOT_TARGET,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: BOOT_ENTRY, formats: ['iife'], name: 'idnMfgBoot' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) =>
    'output' in item ? item.output : [],
  );
  const chunks = outputs.filter((item) => item.type === 'chunk');
  if (chunks.length !== 1)
    throw new Error(`The boot script built to ${chunks.length} chunks, not one`);
  const code = chunks[0]!.code.trim();
  // Inlined in <script>: a closing tag in its text would end the script early.
  if (/<\/script/i.test(code)) throw new Error('The boot script contains "</script"');
  return code;
}
