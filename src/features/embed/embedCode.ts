import type { ChartId } from '../../domain/chartModel.ts';
import type { EmbedOptions } from '../../app/route.ts';
import { embedRouteSearch } from '../../app/route.ts';
import { encodeViewState } from '../../state/urlState.ts';
import type { Locale, Theme, ViewState } from '../../state/viewState.ts';

/** A sensible fixed height for each chart, used until (or unless) the host script resizes the frame. */
export const INITIAL_EMBED_HEIGHT: Record<ChartId, number> = {
  'sector-shares': 720,
  'exports-trend': 620,
  pmi: 700,
};

export interface EmbedCodeInput {
  /** The app's public address, ending in `/` (build-time VITE_PUBLIC_URL, else where the page was served from). */
  baseUrl: string;
  chart: ChartId;
  view: ViewState;
  theme: Theme;
  locale: Locale;
  options: EmbedOptions;
  /** The iframe's accessible name: the chart's title. */
  title: string;
}

export function embedUrl(input: Omit<EmbedCodeInput, 'title'>): string {
  const view = encodeViewState(
    { ...input.view, theme: input.theme, locale: input.locale },
    { chart: input.chart },
  );
  const search = [embedRouteSearch(input.chart, input.options), view].filter(Boolean).join('&');
  return `${input.baseUrl}?${search}`;
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The snippet a journalist pastes: a lazy, titled, full-width iframe, and the optional resizing script. */
export function buildEmbedCode(input: EmbedCodeInput): string {
  const src = embedUrl(input);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" lang="${input.locale}" ` +
    `loading="lazy" width="100%" height="${INITIAL_EMBED_HEIGHT[input.chart]}" ` +
    `style="border:0;width:100%;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  const script = `<script src="${escapeAttribute(`${input.baseUrl}embed-host.js`)}" defer></script>`;
  return `${iframe}\n${script}`;
}

/** Where the app is published: set VITE_PUBLIC_URL at build time, else the address this page came from. */
export function publicBaseUrl(): string {
  const configured = import.meta.env.VITE_PUBLIC_URL as string | undefined;
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  const { origin, pathname } = window.location;
  return `${origin === 'null' ? '' : origin}${pathname.replace(/[^/]*$/, '')}`;
}
