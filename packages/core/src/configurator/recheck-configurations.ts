// Stored configurations are validated and priced by the engine again every time they are read
// (a cart, and so again when checkout quotes and places it): the snapshot records what the
// shopper chose; the current definition and stock decide whether and at what price it can be
// bought. The caller (carts) turns the outcome into its line's problems and price.
import type { Prisma, PrismaClient } from '@tandem/db';
import { evaluateConfiguration } from './engine.ts';
import { componentStock, loadConfigurable, type LoadedConfigurable } from './load-definition.ts';
import { snapshotOf } from './snapshot.ts';
import type { ComponentStock, ConfigurationSnapshot } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** A stored configuration and how many units of it are wanted. */
export interface ConfigurationToRecheck {
  snapshot: ConfigurationSnapshot;
  quantity: number;
}

/**
 * What a stored configuration is worth now: `valid` with a fresh snapshot (current prices),
 * `invalid` with the shopper-facing reasons, or `not_sold` when its product is gone.
 */
export type ConfigurationRecheck =
  | { status: 'valid'; snapshot: ConfigurationSnapshot }
  | { status: 'invalid'; problems: string[] }
  | { status: 'not_sold' };

interface LoadedProduct {
  loaded: LoadedConfigurable | null;
  stock: ComponentStock;
}

/**
 * Re-validates and re-prices each configuration against its product's current definition and
 * live component stock; one result per item, in order. Each product is loaded once.
 */
export async function recheckConfigurations(db: Db, items: readonly ConfigurationToRecheck[]): Promise<ConfigurationRecheck[]> {
  const products = new Map<string, LoadedProduct>();
  const out: ConfigurationRecheck[] = [];
  for (const item of items) {
    let product = products.get(item.snapshot.productId);
    if (!product) {
      const loaded = await loadConfigurable(db, { productId: item.snapshot.productId });
      product = { loaded, stock: loaded ? await componentStock(db, loaded.definition) : {} };
      products.set(item.snapshot.productId, product);
    }
    out.push(recheck(item, product));
  }
  return out;
}

function recheck({ snapshot, quantity }: ConfigurationToRecheck, product: LoadedProduct): ConfigurationRecheck {
  if (!product.loaded) return { status: 'not_sold' };
  const { definition } = product.loaded;
  // What one unit may use when `quantity` units share the stock.
  const perUnitStock = Object.fromEntries(Object.entries(product.stock).map(([id, n]) => [id, Math.floor(n / quantity)]));
  const evaluation = evaluateConfiguration(definition, snapshot.choices, perUnitStock);
  if (!evaluation.valid) {
    const problems = evaluation.violations.map((v) => (v.code === 'out_of_stock' && quantity > 1 ? `${v.message.replace(/ is out of stock\.$/, '')}: not enough in stock for ${quantity}.` : v.message));
    return { status: 'invalid', problems };
  }
  return { status: 'valid', snapshot: snapshotOf(definition, evaluation, snapshot.configurationId) };
}
