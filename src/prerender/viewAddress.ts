/**
 * How an embed link's view names its prerendered page: the build names the pages, the boot script
 * (src/boot/) finds the page of the link it was opened with (no imports: browser tests use it too).
 */

/** Query parameters that frame an embed rather than change what its chart shows. */
export const FRAMING_PARAMS = ['embed', 'hide', 'static', 'theme', 'lang', 'v', 'data'] as const;

/**
 * A view query made into a file name: anything but letters, digits, `.` and
 * `-` becomes `_` (`period=2018&kind=donut` → `period_2018_kind_donut`).
 */
export function viewSlug(query: string): string {
  return query.replace(/[^A-Za-z0-9.-]+/g, '_');
}

/** The view parameters of a query, in their order, without the framing ones. */
export function viewQuery(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of FRAMING_PARAMS) params.delete(key);
  return params.toString();
}
