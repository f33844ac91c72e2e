// The registry's filter form as URL parameters, for the browser side: the client component
// reads the form into the URL and compares URLs by the networks they select. Kept free of
// server code (and of Buffer) so it can run in the browser.

/** Parameters that page through a result rather than choosing which networks match. */
const PAGING = new Set(['cursor', 'limit']);

/** The order of registryQueryToParams, so the links the server writes and the URLs the form makes look alike. */
const ORDER = ['q', 'initiator', 'status', 'area', 'funder', 'county', 'yearFrom', 'yearTo', 'open', 'sort', 'limit', 'cursor'];
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** A form's fields as URL parameters in the usual order, leaving out empty fields so the URL stays short. */
export function paramsFromEntries(entries: Iterable<[string, FormDataEntryValue]>): URLSearchParams {
  const values = new Map<string, string>();
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    const text = name === 'q' ? value.trim() : value;
    if (text === '') values.delete(name);
    else values.set(name, text);
  }
  return new URLSearchParams([...values].sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * A key that is equal for two URLs that select the same networks in the same order: the
 * order of parameters, empty values, paging and a spelled-out default sort do not count.
 */
export function filterKey(params: URLSearchParams): string {
  const entries = new Map<string, string>();
  for (const [name, value] of params) {
    const text = name === 'q' ? value.trim() : value;
    if (PAGING.has(name) || text === '') entries.delete(name);
    else entries.set(name, text);
  }
  const defaultSort = entries.has('q') ? 'relevance' : 'name';
  if (entries.get('sort') === defaultSort) entries.delete('sort');
  return [...entries]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * The address without the empty fields a form sent without JavaScript adds ("?q=&status=&…"),
 * or null when there are none, so the page can redirect to the short address. Every other
 * parameter stays as it was, even one the page cannot read: the page names those.
 */
export function withoutEmptyParams(params: Record<string, string | string[] | undefined> | URLSearchParams): URLSearchParams | null {
  const entries: Array<[string, string]> =
    params instanceof URLSearchParams
      ? [...params]
      : Object.entries(params).flatMap(([name, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v])));
  const kept = entries.filter(([name, value]) => (name === 'q' ? value.trim() : value) !== '');
  return kept.length === entries.length ? null : new URLSearchParams(kept);
}
