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
    return previous.replace(/ style="[^"]*"/g, '');
  } finally {
    root.unmount();
  }
}
