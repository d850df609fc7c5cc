import type { ChartId } from '../domain/chartModel.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import type { IgnoredParam } from './urlState.ts';

/**
 * Which app a URL opens. Plain query parameters, so every route works on any
 * static host and from file:// without server rewrites:
 *   ./                          the dashboard
 *   ./?embed=pmi&hide=title     one chart for an iframe; `hide` takes title,source;
 *                               `static=1` draws it without interaction
 * The view state (period, range, language, theme, …) sits beside these, read by urlState.ts.
 */
export interface EmbedOptions {
  hideTitle: boolean;
  hideSource: boolean;
  isStatic: boolean;
}

export type Route =
  | { kind: 'dashboard' }
  | { kind: 'embed'; chart: ChartId; options: EmbedOptions }
  /** `requested` is the name asked for when it looks like a chart id, else null (never echo free text). */
  | { kind: 'embed-unknown'; requested: string | null };

/** What a chart id looks like: short, lower-case, no spaces or punctuation to dress up a message. */
const CHART_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;

export const ROUTE_PARAMS = ['embed', 'hide', 'static'] as const;

export interface ParsedLocation {
  route: Route;
  /** The query without the route's own parameters, for the view-state codec. */
  viewSearch: string;
  /** The route's own parameters not taken as written (reported in development, like the view's). */
  ignored: IgnoredParam[];
}

const HIDDEN_PARTS = ['title', 'source'];

/**
 * The route of an address. `pageChart` is the chart of a prerendered embed
 * page (embed/<chart>.html), which is an embed without `?embed=`.
 */
export function parseRoute(search: string, pageChart?: ChartId): ParsedLocation {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  const embed = params.get('embed') ?? pageChart ?? null;
  const hideValue = params.get('hide');
  const staticValue = params.get('static');
  const hide = new Set((hideValue ?? '').split(',').map((item) => item.trim()));
  const isStatic = staticValue === '1';
  for (const key of ROUTE_PARAMS) params.delete(key);
  const viewSearch = params.toString();
  const ignored: IgnoredParam[] = [];
  if (embed === null) {
    // hide= and static= only mean something in an embed.
    if (hideValue !== null)
      ignored.push({ param: 'hide', value: hideValue, reason: 'unknown-param' });
    if (staticValue !== null)
      ignored.push({ param: 'static', value: staticValue, reason: 'unknown-param' });
    return { route: { kind: 'dashboard' }, viewSearch, ignored };
  }
  const chart = CHART_IDS.find((id) => id === embed);
  if (!chart) {
    const requested = CHART_ID_PATTERN.test(embed) ? embed : null;
    return { route: { kind: 'embed-unknown', requested }, viewSearch, ignored };
  }
  for (const part of hide)
    if (part !== '' && !HIDDEN_PARTS.includes(part))
      ignored.push({ param: 'hide', value: part, reason: 'unknown-value' });
  if (staticValue !== null && staticValue !== '1' && staticValue !== '0')
    ignored.push({ param: 'static', value: staticValue, reason: 'malformed' });
  return {
    route: {
      kind: 'embed',
      chart,
      options: { hideTitle: hide.has('title'), hideSource: hide.has('source'), isStatic },
    },
    viewSearch,
    ignored,
  };
}

/** The route's own parameters, for building embed URLs. */
export function embedRouteSearch(
  chart: ChartId,
  options: EmbedOptions,
  /** On an embed page (embed/<chart>.html) the path names the chart: no `embed=`. */
  { chartInPath = false }: { chartInPath?: boolean } = {},
): string {
  const params = new URLSearchParams(chartInPath ? {} : { embed: chart });
  const hide = [options.hideTitle ? 'title' : '', options.hideSource ? 'source' : ''].filter(
    Boolean,
  );
  if (hide.length > 0) params.set('hide', hide.join(','));
  if (options.isStatic) params.set('static', '1');
  return params.toString().replace(/%2C/g, ',');
}
