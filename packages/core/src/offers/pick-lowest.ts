// Which offer is "the lowest price": the cheapest total among offers one can buy now (in stock,
// preorder or backorder); only when none can be bought, the cheapest of all. The store wins ties.

export interface PricedEntry {
  total: number;
  available: boolean;
  isStore: boolean;
}

/** The lowest total, or null for no entries. */
export function lowestTotal(entries: readonly PricedEntry[]): number | null {
  const buyable = entries.filter((e) => e.available);
  const pool = buyable.length ? buyable : entries;
  return pool.length ? Math.min(...pool.map((e) => e.total)) : null;
}

/** Whether this entry carries the lowest-price badge. */
export function isLowest(entry: PricedEntry, entries: readonly PricedEntry[]): boolean {
  const lowest = lowestTotal(entries);
  const buyable = entries.some((e) => e.available);
  return lowest !== null && entry.total === lowest && (entry.available || !buyable);
}
