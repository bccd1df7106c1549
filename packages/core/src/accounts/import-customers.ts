// Customers from another shop's history (the import:history workflow), written set-based and
// keyed by (source, their id there) in ImportedCustomer, so a second import finds them. They get
// an address under the reserved `.invalid` domain and no usable password: nothing is ever mailed
// to them and nobody can sign in as them until the store invites them with a real address.
import { Prisma, type PrismaClient } from '@tandem/db';

type Sql = Pick<PrismaClient, '$executeRaw' | '$queryRaw'>;

/** One customer of the source: their id there and the country the log gives. */
export interface ImportedCustomerRow {
  externalId: string;
  country: string;
}

/** What an upsert of imported customers did. */
export interface ImportedCustomersResult {
  added: number;
  /** The store's customer id for each external id. */
  customerIdOf: Map<string, string>;
}

const CHUNK = 5_000;
/** Not a scrypt hash: password checks fail on it (see password-hash.ts `parseHash`). */
const NO_PASSWORD = 'imported:no-password';

/**
 * Adds the customers not imported before and keeps each one's latest country.
 *
 * @example await upsertImportedCustomers(tx, { source: 'online-retail', customers: [{ externalId: '17850', country: 'United Kingdom' }], now })
 */
export async function upsertImportedCustomers(sql: Sql, input: { source: string; customers: readonly ImportedCustomerRow[]; now: Date }): Promise<ImportedCustomersResult> {
  const { source, now } = input;
  let added = 0;
  const customerIdOf = new Map<string, string>();
  for (let start = 0; start < input.customers.length; start += CHUNK) {
    const chunk = input.customers.slice(start, start + CHUNK);
    const ids = chunk.map((c) => `${source}-c-${c.externalId}`);
    const external = chunk.map((c) => c.externalId);
    added += await sql.$executeRaw(Prisma.sql`
      INSERT INTO "Customer" (id, email, "passwordHash", name, "createdAt", "updatedAt")
      SELECT u.id, ${source} || '-' || lower(u.external) || '@import.invalid', ${NO_PASSWORD}, 'Customer ' || u.external, ${now}, ${now}
        FROM unnest(${ids}::text[], ${external}::text[]) AS u(id, external)
       WHERE NOT EXISTS (SELECT 1 FROM "ImportedCustomer" i WHERE i.source = ${source} AND i."externalId" = u.external)
      ON CONFLICT DO NOTHING`);
    await sql.$executeRaw(Prisma.sql`
      INSERT INTO "ImportedCustomer" (source, "externalId", "customerId", country)
      SELECT ${source}, u.external, u.id, u.country
        FROM unnest(${ids}::text[], ${external}::text[], ${chunk.map((c) => c.country)}::text[]) AS u(id, external, country)
        JOIN "Customer" c ON c.id = u.id
      ON CONFLICT (source, "externalId") DO UPDATE SET country = EXCLUDED.country WHERE "ImportedCustomer".country <> EXCLUDED.country`);
    const rows = await sql.$queryRaw<{ external_id: string; customer_id: string }[]>(Prisma.sql`
      SELECT "externalId" AS external_id, "customerId" AS customer_id FROM "ImportedCustomer" WHERE source = ${source} AND "externalId" = ANY(${external}::text[])`);
    for (const row of rows) customerIdOf.set(row.external_id, row.customer_id);
  }
  return { added, customerIdOf };
}
