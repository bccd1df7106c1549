// Trade codes of the generated catalog's variants, derived from the SKU so every run and every
// database gives a variant the same codes. GTINs use GS1 prefix 20 (restricted circulation:
// numbers a shop may assign itself), so they can never clash with a real product's GTIN.

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A valid GTIN-13 ("20" + 10 digits + check digit) for a SKU. */
export function demoGtin(sku: string): string {
  const body = `20${String(hash(sku)).padStart(10, '0').slice(-10)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[11 - i]) * (i % 2 === 0 ? 3 : 1);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** The manufacturer's part number: the SKU without the shop's brand prefix, as "M" + the rest. */
export function demoMpn(sku: string): string {
  return `M${sku.split('-').slice(1).join('-')}`;
}
