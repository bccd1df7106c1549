// Bulk INSERT of many rows in few statements: one array per column through unnest, in chunks,
// instead of a round trip (or a bind parameter) per value.
import { Prisma } from '@tandem/db';
import type { Sql } from './sql.ts';

const CHUNK = 20_000;

/** timestamp values are ISO strings in UTC (the zone is dropped, as Prisma stores them). */
type ColumnType = 'text' | 'int' | 'float8' | 'bigint' | 'timestamp' | '"NeighbourKind"' | '"BehaviourEventType"';

export async function insertRows<Row extends Record<string, string | number | bigint>>(sql: Sql, table: string, columns: Record<keyof Row & string, ColumnType>, rows: readonly Row[]): Promise<number> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  const list = Prisma.raw(names.map((name) => `"${name}"`).join(', '));
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    // Enum arrays go as text[] first: the driver only sends arrays of the types it knows.
    const cast = (type: ColumnType) => Prisma.raw(type.startsWith('"') ? `::text[]::${type}[]` : `::${type}[]`);
    const arrays = names.map((name) => Prisma.sql`${chunk.map((row) => (typeof row[name] === 'bigint' ? String(row[name]) : row[name]))}${cast(columns[name])}`);
    await sql.$executeRaw(Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${list}) SELECT * FROM unnest(${Prisma.join(arrays)})`);
  }
  return rows.length;
}
