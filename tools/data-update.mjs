// `npm run data:update -- <table> <release.csv> --source <source-id> --published <YYYY-MM-DD>`
// Adds a release to data/ (see tools/dataUpdate.ts). Writes nothing unless the whole update is valid.
// Node 20 runs no TypeScript of its own: the modules load through Vite's module runner.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const options = {};
const positional = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index];
  if (arg === '--source' || arg === '--published' || arg === '--data')
    options[arg.slice(2)] = args[++index];
  else positional.push(arg);
}
const [table, releasePath] = positional;
const dataDir = resolve(options.data ?? 'data');

const load = async (id) =>
  (await runnerImport(id, { configFile: false, logLevel: 'silent' })).module;
const [{ planUpdate }, { readDataDir }, { issueText }, { createTranslator }] = await Promise.all([
  load('/tools/dataUpdate.ts'),
  load('/build/bundledDataPlugin.ts'),
  load('/src/components/issueText.ts'),
  load('/src/i18n/index.ts'),
]);
const t = createTranslator('en');

function stop(issues) {
  for (const issue of issues) console.error(`data:update: ${issueText(issue, t)}`);
  console.error('data:update: nothing was changed.');
  process.exit(1);
}

if (!table || !releasePath) {
  console.error(
    'usage: npm run data:update -- <table> <release.csv> --source <source-id> --published <YYYY-MM-DD>',
  );
  process.exit(2);
}
let releaseText;
try {
  releaseText = readFileSync(releasePath, 'utf8');
} catch (error) {
  stop([
    {
      code: 'update.noFile',
      severity: 'error',
      file: releasePath,
      params: { detail: error.message },
    },
  ]);
}
const data = readDataDir(dataDir);
const result = planUpdate(data, {
  table,
  releaseFile: releasePath,
  releaseText,
  source: options.source,
  published: options.published,
});
if (!result.ok) stop(result.issues);
const { files, added, revised, version } = result.data;
if (version === null) {
  console.log(`data:update: ${releasePath} is already in data/: nothing changed.`);
  process.exit(0);
}
// Every new text is written beside its file first, then each is moved into place.
const { DATA_FILE_NAMES } = await load('/tools/dataUpdate.ts');
const written = Object.entries(files).map(([key, text]) => {
  const target = resolve(dataDir, DATA_FILE_NAMES[key]);
  writeFileSync(`${target}.update`, text);
  return target;
});
for (const target of written) renameSync(`${target}.update`, target);
console.log(
  `data:update: data version ${version}: ${added} added, ${revised} revised in ${table}. Run npm run build to publish it.`,
);
