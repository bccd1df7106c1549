// The first step of every recommendation update: what happened since the last one, staged in a
// temp table (recs_in) of the update's transaction. Behaviour events come by id above the event
// watermark; live purchases come from paid orders (the orders context) above the paid watermark.
// Each row says which co-occurrence family it feeds (none for searches), whose basket it is in
// (customer, else anonymous visitor, else the event alone), its UTC day and its popularity weight.
import { Prisma } from '@tandem/db';
import type { PurchasedLine } from '../orders/index.ts';
import { INTERACTION_WEIGHTS } from './popularity.ts';
import { dayOf, type Sql } from './sql.ts';

const FAMILY_OF: Record<string, string> = { PURCHASE: 'BOUGHT_TOGETHER', VIEW: 'VIEWED_TOGETHER', ADD_TO_CART: 'VIEWED_TOGETHER', CONFIGURATOR: 'VIEWED_TOGETHER', WIDGET_CLICK: 'VIEWED_TOGETHER' };

function caseOfType(map: Record<string, string | number>, cast: string): Prisma.Sql {
  const arms = Object.entries(map).map(([type, value]) => Prisma.sql`WHEN ${type} THEN ${value}`);
  return Prisma.sql`(CASE e.type::text ${Prisma.join(arms, ' ')} END)${Prisma.raw(cast)}`;
}

export interface StagedCounts {
  events: number;
  purchases: number;
}

/** Stages events with `afterId < id <= upToId` that fall in the window, and the given order lines. */
export async function stageInteractions(
  sql: Sql,
  input: { afterId: bigint; upToId: bigint; windowStart: Date; purchases: readonly PurchasedLine[] },
): Promise<StagedCounts> {
  await sql.$executeRaw(Prisma.sql`CREATE TEMP TABLE recs_in (family text, visitor text NOT NULL, day int NOT NULL, product_id text NOT NULL, at timestamp(3) NOT NULL, weight int NOT NULL) ON COMMIT DROP`);
  const events = await sql.$executeRaw(Prisma.sql`INSERT INTO recs_in (family, visitor, day, product_id, at, weight)
    SELECT ${caseOfType(FAMILY_OF, '::text')}, COALESCE(e."customerId", e."anonymousId", 'event:' || e.id::text),
           floor(extract(epoch FROM e."occurredAt") / 86400)::int, e."productId", e."occurredAt", COALESCE(${caseOfType(INTERACTION_WEIGHTS, '::int')}, 0)
      FROM "BehaviourEvent" e
     WHERE e.id > ${input.afterId} AND e.id <= ${input.upToId} AND e."productId" IS NOT NULL AND e."occurredAt" >= ${input.windowStart}`);
  const lines = input.purchases.filter((line) => line.paidAt >= input.windowStart);
  if (lines.length > 0) {
    await sql.$executeRaw(Prisma.sql`INSERT INTO recs_in (family, visitor, day, product_id, at, weight)
      SELECT 'BOUGHT_TOGETHER', u.visitor, u.day, u.product_id, to_timestamp(u.ms / 1000) AT TIME ZONE 'UTC', ${INTERACTION_WEIGHTS.PURCHASE}
        FROM unnest(${lines.map((l) => l.customerId)}::text[], ${lines.map((l) => dayOf(l.paidAt))}::int[], ${lines.map((l) => l.productId)}::text[], ${lines.map((l) => l.paidAt.getTime())}::float8[])
             AS u(visitor, day, product_id, ms)`);
  }
  await sql.$executeRaw(Prisma.sql`ANALYZE recs_in`);
  return { events, purchases: lines.length };
}
