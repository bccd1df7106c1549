// The Online Retail log as the recommenders read it: each kept sale becomes a PURCHASE of the
// stock code by the customer, and the catalog is the stock codes with their latest description
// and the kind read from it (retail-product-kind.ts; the log has no categories, brands or
// attributes), so content similarity works on titles and kinds, as the import files them.
// A purchase the customer cancelled does not count: a (customer, product) pair whose net
// quantity on its side of the split is not positive is dropped from that side, so training
// never learns from a cancellation made after the split.
import type { RetailLine } from './online-retail.ts';
import { retailProductKind } from './retail-product-kind.ts';
import type { Interaction, ProductFeatures } from './types.ts';

/** The log turned into interactions and product features, with what was dropped. */
export interface RetailHistory {
  interactions: Interaction[];
  products: ProductFeatures[];
  customers: number;
  /** Sale lines dropped because the customer cancelled the product on the same side of the split. */
  cancelledSales: number;
}

/** Collects a stream of kept lines into the recommenders' inputs (only compact rows are kept). */
export async function retailHistory(lines: AsyncIterable<RetailLine>, splitAt: Date): Promise<RetailHistory> {
  const split = splitAt.getTime();
  const sales: Interaction[] = [];
  const net = new Map<string, number>();
  const titles = new Map<string, string>();
  const customers = new Set<string>();
  for await (const line of lines) {
    const key = `${line.customerId}\u0000${line.stockCode}\u0000${line.at.getTime() < split ? 'train' : 'test'}`;
    net.set(key, (net.get(key) ?? 0) + line.quantity);
    if (line.cancellation) continue;
    customers.add(line.customerId);
    if (line.description) titles.set(line.stockCode, line.description);
    else if (!titles.has(line.stockCode)) titles.set(line.stockCode, line.stockCode);
    sales.push({ visitor: line.customerId, productId: line.stockCode, kind: 'PURCHASE', at: line.at });
  }
  const interactions = sales.filter((sale) => (net.get(`${sale.visitor}\u0000${sale.productId}\u0000${sale.at.getTime() < split ? 'train' : 'test'}`) ?? 0) > 0);
  const products = [...titles].sort(([a], [b]) => a.localeCompare(b)).map(([productId, title]) => ({ productId, categoryPath: [retailProductKind(title)], brandId: null, attributes: [], title }));
  return { interactions, products, customers: customers.size, cancelledSales: sales.length - interactions.length };
}
