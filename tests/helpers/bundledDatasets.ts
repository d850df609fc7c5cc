import { buildAllDatasets, readDataDir } from '../../build/bundledDataPlugin.ts';

/** data/ read and built as the build does it; throws with every problem if it does not validate. */
export function bundledDatasets() {
  const texts = readDataDir('data');
  const built = buildAllDatasets(texts);
  if (!built.ok) throw new Error(`bundled data invalid:\n${built.problems.join('\n')}`);
  return { texts, datasets: built.datasets };
}
