// Canonical URLs: one address per page for search engines, without tracking, sort, paging or
// filter parameters (a variant or a page 2 is the same page to an index).
/** `origin` + `pathname`, plus only the query parameters in `keep` (in that order). */
export function canonicalUrl(origin: string, url: URL, keep: readonly string[] = []): string {
  const canonical = new URL(url.pathname, origin);
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value !== null && value !== '') canonical.searchParams.set(name, value);
  }
  return canonical.href;
}
