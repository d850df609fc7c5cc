/**
 * Reads RIS records by field name: `TAG  - value` lines, `ER  -` ending a
 * record. A line without a tag is kept as an `(untagged)` field, so a test
 * sees a field cut over two lines.
 */
export type RisRecord = Map<string, string[]>;

export function parseRis(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let record: RisRecord = new Map();
  for (const line of text.split(/\r?\n/)) {
    const tagged = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (tagged) {
      const [, tag, value] = tagged as unknown as [string, string, string];
      if (tag === 'ER') {
        records.push(record);
        record = new Map();
        continue;
      }
      const values = record.get(tag) ?? [];
      values.push(value);
      record.set(tag, values);
    } else if (line !== '') {
      record.set('(untagged)', [...(record.get('(untagged)') ?? []), line]);
    }
  }
  return records;
}
