import { describe, expect, it } from 'vitest';
import {
  LAYOUT_SAMPLE_RECORDS,
  RecordSample,
  TextSample,
} from '../../../../src/domain/import/sampleBuffer.ts';

describe('the sample buffer', () => {
  it('drops leading blank lines (counting them) and chooses the delimiter from the sample', () => {
    const sample = new TextSample();
    sample.push('\n \r\n');
    expect(sample.blank).toBe(true);
    sample.push('Sektor;Nilai\nMakanan;1,5\n');
    expect(sample.leadingLines).toBe(2);
    expect(sample.delimiter(true)).toBe(';');
    expect(sample.take()).toBe('Sektor;Nilai\nMakanan;1,5\n');
    expect(sample.blank).toBe(true);
  });

  it('keeps non-blank records only, and counts the blank lines from the data on', () => {
    const records = new RecordSample();
    records.add(['Judul'], 1);
    records.add([''], 2);
    records.add(['Sektor', 'Nilai'], 3);
    records.add(['Makanan', '1'], 4);
    records.add(['', ''], 5);
    records.add(['Tekstil', '2'], 6);
    expect(records.size).toBe(4);
    const taken = records.take(2);
    expect(taken.records.map((record) => record.line)).toEqual([4, 6]);
    expect(taken.blankLines).toBe(1);
    expect(records.size).toBe(0);
  });

  it('is full at LAYOUT_SAMPLE_RECORDS records', () => {
    const records = new RecordSample();
    for (let line = 1; line < LAYOUT_SAMPLE_RECORDS; line++) records.add(['a', String(line)], line);
    expect(records.full).toBe(false);
    records.add(['a', 'b'], LAYOUT_SAMPLE_RECORDS);
    expect(records.full).toBe(true);
  });
});
