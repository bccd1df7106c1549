// Multi-row INSERTs sent as one statement with one JSON parameter (json_to_recordset). On PGlite
// this is 2–4x faster than createMany, whose per-row parameter handling dominates large loads,
// and it has no bind-parameter limit. Works the same on PostgreSQL. Table and column names
// come only from the constants below, never from input.
import type { PrismaClient } from '../generated/prisma/client.ts';

type Executor = Pick<PrismaClient, '$executeRawUnsafe'>;

/** Column name → SQL type, in insert order. */
export type ColumnTypes = Record<string, string>;

export const productColumns: ColumnTypes = {
  id: 'text', slug: 'text', title: 'text', description: 'text', status: '"ProductStatus"', featured: 'boolean',
  brandId: 'text', categoryId: 'text', publishedAt: 'timestamp(3)', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)',
};

export const variantColumns: ColumnTypes = {
  id: 'text', productId: 'text', sku: 'text', title: 'text', optionValues: 'jsonb', priceAmount: 'integer', currency: 'text',
  compareAtAmount: 'integer', stockOnHand: 'integer', weightGrams: 'integer', position: 'integer', createdAt: 'timestamp(3)', updatedAt: 'timestamp(3)',
  gtin: 'text', mpn: 'text',
};

export const attributeColumns: ColumnTypes = { productId: 'text', name: 'text', value: 'text' };

export const imageColumns: ColumnTypes = {
  id: 'text', productId: 'text', url: 'text', alt: 'text', width: 'integer', height: 'integer', position: 'integer', optionValues: 'jsonb',
};

/** Inserts `rows` (objects keyed by column name; dates as ISO strings in UTC) into `table`. */
export async function insertRows(db: Executor, table: string, columns: ColumnTypes, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns).map((name) => `"${name}"`);
  const definitions = Object.entries(columns).map(([name, type]) => `"${name}" ${type}`);
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.join(', ')}) SELECT ${names.map((name) => `x.${name}`).join(', ')} `
      + `FROM json_to_recordset($1::json) AS x(${definitions.join(', ')})`,
    JSON.stringify(rows),
  );
}

