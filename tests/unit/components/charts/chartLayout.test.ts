import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LAYOUT_WIDTHS,
  layoutContainerQueries,
  layoutWidthFor,
} from '../../../../src/components/charts/chartLayout.ts';

describe('chart layout widths', () => {
  it('picks the widest layout that fits, and the narrowest below it', () => {
    expect(layoutWidthFor(200)).toBe(320);
    expect(layoutWidthFor(320)).toBe(320);
    expect(layoutWidthFor(379.5)).toBe(320);
    expect(layoutWidthFor(380)).toBe(380);
    expect(layoutWidthFor(1120)).toBe(920);
  });

  it('never scales text by more than 1.3× between two layouts', () => {
    for (let index = 1; index < LAYOUT_WIDTHS.length; index++)
      expect(LAYOUT_WIDTHS[index]! / LAYOUT_WIDTHS[index - 1]!).toBeLessThanOrEqual(1.3);
  });

  it('the stylesheet shows the prerendered layout by the same rule (generated block is current)', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    const block =
      /BEGIN generated: layoutContainerQueries\(\)[^\n]*\n([\s\S]*?)\n\/\* END generated/.exec(
        css,
      )?.[1];
    expect(block).toBe(layoutContainerQueries());
  });
});
