// GS1 trade item numbers (GTIN-8, -12 (UPC), -13 (EAN), -14). Feeds write them with spaces,
// dashes or without leading zeros; matching compares the 14-digit form.

/** The GS1 check digit for the digits before it (weights 3,1,3,… from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The GTIN-14 form of a GTIN-8/12/13/14 written with optional spaces or dashes, or null when
 * it is not one (wrong length, not digits, or a wrong check digit).
 *
 * @example normaliseGtin('4006381-333931') // '04006381333931'
 */
export function normaliseGtin(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || ![8, 12, 13, 14].includes(digits.length)) return null;
  if (/^0+$/.test(digits)) return null;
  const padded = digits.padStart(14, '0');
  return gtinCheckDigit(padded.slice(0, 13)) === Number(padded[13]) ? padded : null;
}
