export { DomainError, NotFoundError, RateLimitedError, type DomainErrorKind } from './errors.ts';
export { money, formatMoney, toDecimalString, type Money } from './money.ts';
export { TtlCache } from './ttl-cache.ts';
export { parseCsv, csvLine, type CsvRecord } from './csv.ts';
export { csvCell, toCsv } from './csv-write.ts';
export type { RejectedRow } from './rejected-row.ts';
export { withoutTrailingSlash } from './url.ts';
export { systemClock, type Clock } from './clock.ts';
export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
