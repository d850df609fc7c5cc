import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

const MAX_WAITS = 200;

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Renders a chart drawing off screen and returns its <svg> markup once it
 * has settled, without style attributes. Recharts 3 draws in several passes (its store fills from
 * effects) and renders nothing through react-dom/server, so the drawing is
 * rendered with createRoot: in the browser for image downloads, and in jsdom
 * at build time for the prerendered page, the same code both times.
 */
export async function renderDrawingMarkup(element: ReactElement): Promise<string> {
  // Never in the document: the drawing has a fixed size and needs no layout, and nothing of it
  // is ever seen, found by assistive technology or by a query on the page.
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    root.render(element);
    let previous = '';
    let stable = 0;
    for (let wait = 0; wait < MAX_WAITS && stable < 3; wait++) {
      await tick();
      const markup = container.querySelector('svg')?.outerHTML ?? '';
      stable = markup !== '' && markup === previous ? stable + 1 : 0;
      previous = markup;
    }
    if (previous === '') throw new Error('The chart drew nothing.');
    // Without the page-only inline styles Recharts sets (100 % sizes): the markup goes where no
    // style attribute may be (a page whose policy forbids them) or means something else (an image).
    return withOwnIds(previous.replace(/ style="[^"]*"/g, ''));
  } finally {
    root.unmount();
  }
}

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36). */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The markup with every id it defines (Recharts' clip paths, `recharts1-clip`) and every
 * reference to one renamed after the drawing itself. Recharts numbers its ids from a counter
 * that starts again in every page and at build time, so a prerendered drawing and a live one
 * could share `recharts1-clip` and one chart clip to the other's plot area. Named after the
 * drawing's content, ids are the same for the same drawing (build and browser alike) and
 * differ between drawings; two identical drawings share ids that define identical clips.
 */
export function withOwnIds(markup: string): string {
  const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
  if (ids.length === 0) return markup;
  // Named after what is drawn, not after Recharts' page-wide counter (recharts1-, recharts7-…),
  // so the same drawing has the same ids wherever and whenever it is made.
  const prefix = `d${textHash(markup.replace(/recharts\d+-/g, 'recharts-').replace(/_r_\w+_/g, '_r_'))}-`;
  const known = new Set(ids);
  return markup
    .replace(/(\sid=")([^"]+)"/g, (whole, start: string, id: string) =>
      known.has(id) ? `${start}${prefix}${id}"` : whole,
    )
    .replace(/url\(#([^)]+)\)/g, (whole, id: string) =>
      known.has(id) ? `url(#${prefix}${id})` : whole,
    )
    .replace(/(href=")#([^"]+)"/g, (whole, start: string, id: string) =>
      known.has(id) ? `${start}#${prefix}${id}"` : whole,
    );
}
