// The countries the store delivers to: the demo store's tax rates. The API refuses any other
// destination with a readable message, so this list only keeps the select short.

export interface Country {
  code: string;
  name: string;
}

export const DELIVERY_COUNTRIES: readonly Country[] = [
  { code: 'NL', name: 'Netherlands' },
  { code: 'BE', name: 'Belgium' },
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
  { code: 'IE', name: 'Ireland' },
  { code: 'AT', name: 'Austria' },
];

/** The first delivery country: where a new address starts. */
export const DEFAULT_COUNTRY = 'NL';

export function isDeliveryCountry(code: string): boolean {
  return DELIVERY_COUNTRIES.some((c) => c.code === code);
}

/** "Netherlands" for "NL"; the code itself for a country outside the list. */
export function countryName(code: string): string {
  return DELIVERY_COUNTRIES.find((c) => c.code === code)?.name ?? code;
}
