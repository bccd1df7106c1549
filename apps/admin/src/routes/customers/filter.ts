// The customer list's filters as they travel in the URL (so a filtered list can be bookmarked,
// shared and exported): read them, check them with the API's own schema, write them back.
import { AdminCustomerListInput, type AdminCustomerListInput as ListInput } from '@tandem/validators';

export const FILTER_FIELDS = ['query', 'group', 'segment', 'hasOrders', 'marketingConsent', 'sort'] as const;
export type CustomerFilterValues = Record<(typeof FILTER_FIELDS)[number], string>;

/** The filter fields of `url`, trimmed ('' when absent). */
export function filterValues(url: URL): CustomerFilterValues {
  return Object.fromEntries(FILTER_FIELDS.map((key) => [key, url.searchParams.get(key)?.trim() ?? ''])) as CustomerFilterValues;
}

/** The API input for these values and a page, or the messages of what was wrong with them. */
export function listInput(values: CustomerFilterValues, page: number): { input: ListInput; errors: string[] } {
  const given = Object.fromEntries(Object.entries(values).filter(([, v]) => v));
  const parsed = AdminCustomerListInput.safeParse({ ...given, page });
  return parsed.success ? { input: parsed.data, errors: [] } : { input: { page: 1 }, errors: parsed.error.issues.map((issue) => issue.message) };
}

/** The query string of these values (empty ones left out), plus extra parameters. */
export function filterQuery(values: CustomerFilterValues, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), ...extra }).toString();
}
