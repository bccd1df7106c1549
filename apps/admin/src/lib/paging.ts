// Offset paging of admin lists from the `page` query parameter (bounded, so a hand-typed URL
// cannot ask the API for an absurd offset).

const MAX_PAGE = 400;

/** The page asked for (1…400; 1 for anything else) and the offset it starts at. */
export function offsetPage(url: URL, pageSize: number): { page: number; offset: number } {
  const page = Math.max(1, Math.min(MAX_PAGE, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));
  return { page, offset: (page - 1) * pageSize };
}

/** How many pages `total` rows fill; at least one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
