// The time ranges the admin's charts offer (the API accepts the same days), read from `?days=`.

/** The ranges offered, in days, with their labels. */
export const CHART_RANGES = [[7, 'Last 7 days'], [30, 'Last 30 days'], [90, 'Last 90 days'], [365, 'Last year']] as const;

export type RangeDays = (typeof CHART_RANGES)[number][0];

/** The range asked for in the URL, one of CHART_RANGES; 30 days for anything else. */
export function rangeDays(url: URL): RangeDays {
  const asked = Number(url.searchParams.get('days'));
  return CHART_RANGES.find(([days]) => days === asked)?.[0] ?? 30;
}
