// Reads a configurable product and turns its stored document into the engine's definition. The
// stored JSON is parsed with the same schema the admin API validates with, so a row edited by
// hand cannot feed the engine something it does not understand.
import type { Prisma, PrismaClient } from '@tandem/db';
import { ConfiguratorDocument } from '@tandem/validators';
import { isShownToShoppers } from '../catalog/index.ts';
import { DomainError } from '../shared/index.ts';
import type { ComponentStock, ConfiguratorDefinition } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

const configurableSelect = {
  id: true,
  version: true,
  definition: true,
  baseVariant: { select: { id: true, title: true, priceAmount: true, currency: true } },
  product: {
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      status: true,
      images: { select: { url: true, alt: true, width: true, height: true }, orderBy: { position: 'asc' }, take: 1 },
    },
  },
} satisfies Prisma.ConfigurableProductSelect;

export type ConfigurableRow = Prisma.ConfigurableProductGetPayload<{ select: typeof configurableSelect }>;

export interface LoadedConfigurable {
  row: ConfigurableRow;
  definition: ConfiguratorDefinition;
}

/** The configurable product by its product's slug or id; null when there is none. */
export async function loadConfigurable(db: Db, where: { slug: string } | { productId: string }, options: { activeOnly?: boolean } = {}): Promise<LoadedConfigurable | null> {
  const row = await db.configurableProduct.findFirst({
    where: 'slug' in where ? { product: { slug: where.slug } } : { productId: where.productId },
    select: configurableSelect,
  });
  if (!row || (options.activeOnly !== false && !isShownToShoppers(row.product))) return null;
  return { row, definition: toDefinition(row) };
}

/** Like `loadConfigurable` for shoppers: unknown or unpublished products are NOT_FOUND. */
export async function requireConfigurable(db: Db, slug: string): Promise<LoadedConfigurable> {
  const loaded = await loadConfigurable(db, { slug });
  if (!loaded) throw new DomainError('not_found', `No configurable product "${slug}" was found.`);
  return loaded;
}

export function toDefinition(row: ConfigurableRow): ConfiguratorDefinition {
  const parsed = ConfiguratorDocument.safeParse(row.definition);
  if (!parsed.success) throw new DomainError('unavailable', 'This product cannot be configured at the moment.');
  const base = row.baseVariant;
  return { ...parsed.data, productId: row.product.id, version: row.version, base: { label: row.product.title, amount: base.priceAmount, currency: base.currency, variantId: base.id } };
}

/** Live stock of every component variant the definition names. */
export async function componentStock(db: Db, definition: ConfiguratorDefinition): Promise<ComponentStock> {
  const ids = new Set<string>();
  for (const group of definition.groups) {
    if (group.kind !== 'single' && group.kind !== 'multiple') continue;
    for (const option of group.options) if (option.component) ids.add(option.component.variantId);
  }
  if (ids.size === 0) return {};
  const rows = await db.productVariant.findMany({ where: { id: { in: [...ids] } }, select: { id: true, stockOnHand: true } });
  return Object.fromEntries(rows.map((r) => [r.id, Math.max(0, r.stockOnHand)]));
}
