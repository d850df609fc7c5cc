/**
 * Built datasets as JSON: the build parses and checks data/ once and ships
 * the result, so the page never parses CSV at run time. Maps (the sources)
 * travel as `{ "$map": [[key, value], …] }`.
 */
export function datasetToJson(dataset: unknown): string {
  return JSON.stringify(dataset, (_key, value: unknown) =>
    value instanceof Map ? { $map: [...value.entries()] } : value,
  );
}

export function datasetFromJson<T>(json: string): T {
  return JSON.parse(json, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && '$map' in value && Array.isArray(value.$map)
      ? new Map(value.$map as [unknown, unknown][])
      : value,
  ) as T;
}
