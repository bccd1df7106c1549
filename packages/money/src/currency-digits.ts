// How many decimals a currency has (EUR 2, JPY 0, BHD 3), as Intl knows it (ISO 4217).

// Building an Intl.NumberFormat costs more than validating a whole feed row: remember them.
const cache = new Map<string, number | null>();
const CACHE_LIMIT = 1000;

/** How many minor-unit digits an ISO 4217 currency has (2 for EUR, 0 for JPY), or null when `currency` is not a currency code. */
export function minorDigits(currency: string): number | null {
  let digits = cache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = null;
    }
    // Codes come from feeds and requests: a bounded cache, so junk codes cannot grow it forever.
    if (cache.size < CACHE_LIMIT) cache.set(currency, digits);
  }
  return digits;
}

/**
 * How many minor units make one major unit (100 for EUR, 1 for JPY).
 *
 * @throws RangeError when `currency` is not a currency code.
 */
export function minorUnitsPerMajor(currency: string): number {
  const digits = minorDigits(currency);
  if (digits === null) throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
  return 10 ** digits;
}
