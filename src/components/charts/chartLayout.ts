/**
 * Charts are laid out at a few fixed widths and scaled to the width they get.
 * The same layout is drawn on screen, in the prerendered HTML (one SVG per
 * layout width, the one that fits shown by a container query in CSS) and in
 * image downloads, so a chart is one drawing everywhere and the first paint
 * does not move when the live chart takes over.
 *
 * Widths step by at most 1.3×, so text is drawn between 1× and 1.3× its size.
 * 600 and 920 are the chart widths of the 640 px and 960 px image downloads
 * (IMAGE_PADDING on each side), so a download at those widths is pixel for
 * pixel the chart on screen at that width.
 */
export const LAYOUT_WIDTHS = [320, 380, 470, 600, 760, 920] as const;

/** Horizontal padding of an image download on each side of the chart. */
export const IMAGE_PADDING = 20;

/** The layout a container of `width` CSS pixels draws: the widest that fits, else the narrowest. */
export function layoutWidthFor(width: number): number {
  let chosen: number = LAYOUT_WIDTHS[0];
  for (const candidate of LAYOUT_WIDTHS) if (candidate <= width) chosen = candidate;
  return chosen;
}

/**
 * The CSS that shows, inside a `.chart` container, only the prerendered layout
 * that fits it (the same rule as layoutWidthFor). Generated once and kept in
 * src/styles.css; a unit test holds the two together.
 */
export function layoutContainerQueries(): string {
  return LAYOUT_WIDTHS.map((width, index) => {
    const next = LAYOUT_WIDTHS[index + 1];
    const conditions = [
      index > 0 ? `(min-width: ${width}px)` : null,
      next ? `(max-width: ${next - 0.02}px)` : null,
    ].filter(Boolean);
    return `@container chart ${conditions.join(' and ')} {\n  .chart-layout[data-width='${width}'] {\n    display: block;\n  }\n}`;
  }).join('\n');
}
