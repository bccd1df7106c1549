// VAT per rate on an invoice: the order's stored tax amounts (what the shopper was charged,
// never re-computed) grouped by the rate they were charged at. Integer minor units throughout.

/** One taxed amount of an invoice: a line or the shipping. */
export interface TaxedAmount {
  /** What the shopper pays for it: gross with tax-inclusive prices, net without. */
  amount: number;
  taxAmount: number;
  /** Basis points: 2100 = 21 %. */
  rateBps: number;
}

/** One rate's row of the breakdown; `net + tax = gross`. */
export interface VatRow {
  rateBps: number;
  netAmount: number;
  taxAmount: number;
  grossAmount: number;
}

/**
 * The VAT breakdown of `items`, highest rate first. With tax-exclusive prices the tax comes
 * on top of each amount; with tax-inclusive prices it is part of it.
 *
 * @example vatBreakdown([{ amount: 12100, taxAmount: 2100, rateBps: 2100 }], true) // [{ rateBps: 2100, netAmount: 10000, taxAmount: 2100, grossAmount: 12100 }]
 */
export function vatBreakdown(items: readonly TaxedAmount[], pricesIncludeTax: boolean): VatRow[] {
  const rows = new Map<number, VatRow>();
  for (const item of items) {
    const row = rows.get(item.rateBps) ?? { rateBps: item.rateBps, netAmount: 0, taxAmount: 0, grossAmount: 0 };
    const gross = pricesIncludeTax ? item.amount : item.amount + item.taxAmount;
    row.grossAmount += gross;
    row.taxAmount += item.taxAmount;
    row.netAmount += gross - item.taxAmount;
    rows.set(item.rateBps, row);
  }
  return [...rows.values()].sort((a, b) => b.rateBps - a.rateBps);
}

/** The sums of a breakdown. */
export function vatTotals(rows: readonly VatRow[]): Omit<VatRow, 'rateBps'> {
  return rows.reduce((t, r) => ({ netAmount: t.netAmount + r.netAmount, taxAmount: t.taxAmount + r.taxAmount, grossAmount: t.grossAmount + r.grossAmount }), {
    netAmount: 0,
    taxAmount: 0,
    grossAmount: 0,
  });
}
