// The time ranges the segment history offers, read from `?days=` (anything else: 30 days).

/** The ranges offered, in days, with their labels. */
export const HISTORY_RANGES = [[7, 'Last 7 days'], [30, 'Last 30 days'], [90, 'Last 90 days'], [365, 'Last year']] as const;

/** The range asked for in the URL, one of HISTORY_RANGES. */
export function historyDays(url: URL): number {
  const asked = Number(url.searchParams.get('days'));
  return HISTORY_RANGES.some(([days]) => days === asked) ? asked : 30;
}
