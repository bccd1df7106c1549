// The reference a bank transfer carries so staff can match the money to its order: an ISO 11649
// creditor reference ("RF" + two check digits + the order number's code). Banks across SEPA
// accept it in the structured reference field, and its mod-97 check digits catch a mistyped or
// swapped character before the money is sent.

const ALPHANUMERIC = /^[0-9A-Z]{1,21}$/;

/** Letters count as 10 (A) to 35 (Z), as in IBANs; the number is taken mod 97 piece by piece. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = char >= 'A' ? (char.charCodeAt(0) - 55).toString() : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/**
 * The creditor reference of an order number: its code without the "T-" prefix, with check digits.
 *
 * @example creditorReference('T-7K3M9Q2X') // 'RF597K3M9Q2X'
 */
export function creditorReference(orderNumber: string): string {
  const body = orderNumber.replace(/^T-/, '').toUpperCase();
  if (!ALPHANUMERIC.test(body)) throw new Error(`An order number cannot make a creditor reference: ${orderNumber}`);
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, '0')}${body}`;
}

/** Whether a creditor reference's check digits hold (spaces allowed, any case). */
export function isValidCreditorReference(reference: string): boolean {
  const compact = reference.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(compact)) return false;
  return mod97(`${compact.slice(4)}${compact.slice(0, 4)}`) === 1;
}

/** The reference in groups of four, as printed for people to type: "RF59 7K3M 9Q2X". */
export function printedReference(reference: string): string {
  return reference.replace(/(.{4})(?=.)/g, '$1 ');
}
