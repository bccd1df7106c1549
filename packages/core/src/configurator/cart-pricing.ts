// Configured cart lines are priced and validated by the engine every time a cart is read (and
// so again when checkout quotes and places it): the stored snapshot records what the shopper
// chose; the current definition and stock decide whether and at what price it can be bought.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { CartLineView } from '../carts/types.ts';
import { money } from '../shared/index.ts';
import { evaluateConfiguration } from './engine.ts';
import { componentStock, loadConfigurable, type LoadedConfigurable } from './load-definition.ts';
import { snapshotOf } from './snapshot.ts';

import type { ComponentStock, ConfigurationSnapshot } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export async function priceConfiguredLines(db: Db, lines: CartLineView[]): Promise<CartLineView[]> {
  if (!lines.some((l) => l.configuration)) return lines;
  const products = new Map<string, { loaded: LoadedConfigurable | null; stock: ComponentStock }>();
  const out: CartLineView[] = [];
  for (const line of lines) {
    const snapshot = line.configuration;
    if (!snapshot) {
      out.push(line);
      continue;
    }
    let product = products.get(snapshot.productId);
    if (!product) {
      const loaded = await loadConfigurable(db, { productId: snapshot.productId });
      product = { loaded, stock: loaded ? await componentStock(db, loaded.definition) : {} };
      products.set(snapshot.productId, product);
    }
    out.push(repriced(line, snapshot, product));
  }
  return out;
}

function repriced(line: CartLineView, snapshot: ConfigurationSnapshot, product: { loaded: LoadedConfigurable | null; stock: ComponentStock }): CartLineView {
  if (!product.loaded) return { ...line, problems: [...new Set([...line.problems, 'This product is no longer sold.'])] };
  const { definition } = product.loaded;
  // What one unit may use when `quantity` units share the stock.
  const perUnitStock = Object.fromEntries(Object.entries(product.stock).map(([id, n]) => [id, Math.floor(n / line.quantity)]));
  const evaluation = evaluateConfiguration(definition, snapshot.choices, perUnitStock);
  if (!evaluation.valid) {
    const problems = evaluation.violations.map((v) => (v.code === 'out_of_stock' && line.quantity > 1 ? `${v.message.replace(/ is out of stock\.$/, '')}: not enough in stock for ${line.quantity}.` : v.message));
    return { ...line, problems: [...line.problems, ...problems] };
  }
  const configuration = snapshotOf(definition, evaluation, snapshot.configurationId);
  const unit = configuration.unitPrice.amount;
  return { ...line, configuration, unitPrice: money(unit, configuration.unitPrice.currency), lineTotal: money(unit * line.quantity, configuration.unitPrice.currency) };
}
