// A partner's figures over a date range (UTC days, both ends included): clicks and valid clicks
// (not bots, not floods), paid referred orders, conversion, and commissions by status — per
// day and per link source. Only the given partner's rows are ever read.
import type { PrismaClient, ReferralSource } from '@tandem/db';

export interface StatsRange {
  /** `YYYY-MM-DD`, UTC. */
  from: string;
  to: string;
}

export interface DayFigures {
  day: string;
  clicks: number;
  validClicks: number;
  orders: number;
  /** Net commission earned that day (after claw-backs), minor units. */
  commission: number;
}

export interface SourceFigures {
  source: ReferralSource;
  clicks: number;
  validClicks: number;
  orders: number;
}

export interface PartnerStats {
  from: string;
  to: string;
  currency: string;
  totals: {
    clicks: number;
    validClicks: number;
    orders: number;
    /** Paid orders per valid click (0–1); null without valid clicks. */
    conversion: number | null;
    pending: number;
    approved: number;
    paid: number;
  };
  days: DayFigures[];
  sources: SourceFigures[];
}

const DAY_MS = 86_400_000;
const SOURCES: readonly ReferralSource[] = ['LINK', 'WIDGET', 'RING', 'CONTENT'];

export function daysOf(range: StatsRange): string[] {
  const start = Date.parse(`${range.from}T00:00:00Z`);
  const end = Date.parse(`${range.to}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export async function partnerStats(prisma: PrismaClient, partnerId: string, range: StatsRange, currency = 'EUR'): Promise<PartnerStats> {
  const from = new Date(`${range.from}T00:00:00Z`);
  const until = new Date(Date.parse(`${range.to}T00:00:00Z`) + DAY_MS);
  const [clicks, orders, commissions] = await Promise.all([
    prisma.$queryRaw<{ day: string; source: ReferralSource; clicks: number; valid: number }[]>`
      SELECT to_char("createdAt", 'YYYY-MM-DD') AS day, source, count(*)::int AS clicks, (count(*) FILTER (WHERE "filterReason" IS NULL))::int AS valid
      FROM "AffiliateClick" WHERE "partnerId" = ${partnerId} AND "createdAt" >= ${from} AND "createdAt" < ${until}
      GROUP BY 1, 2`,
    prisma.$queryRaw<{ day: string; source: ReferralSource; orders: number }[]>`
      SELECT to_char(o."paidAt", 'YYYY-MM-DD') AS day, c.source, count(*)::int AS orders
      FROM "OrderReferral" r JOIN "Order" o ON o.id = r."orderId" JOIN "AffiliateClick" c ON c.id = r."clickId"
      WHERE r."partnerId" = ${partnerId} AND o."paidAt" >= ${from} AND o."paidAt" < ${until}
      GROUP BY 1, 2`,
    prisma.$queryRaw<{ day: string; status: string; net: number; paid: number }[]>`
      SELECT to_char("createdAt", 'YYYY-MM-DD') AS day, status::text AS status,
             sum(amount - "reversedAmount")::int AS net, sum("paidOutAmount")::int AS paid
      FROM "Commission" WHERE "partnerId" = ${partnerId} AND currency = ${currency} AND "createdAt" >= ${from} AND "createdAt" < ${until}
      GROUP BY 1, 2`,
  ]);
  const days = new Map(daysOf(range).map((day) => [day, { day, clicks: 0, validClicks: 0, orders: 0, commission: 0 }]));
  const sources = new Map(SOURCES.map((source) => [source, { source, clicks: 0, validClicks: 0, orders: 0 }]));
  const totals = { clicks: 0, validClicks: 0, orders: 0, conversion: null as number | null, pending: 0, approved: 0, paid: 0 };
  for (const c of clicks) {
    const d = days.get(c.day);
    const s = sources.get(c.source)!;
    if (d) { d.clicks += c.clicks; d.validClicks += c.valid; }
    s.clicks += c.clicks; s.validClicks += c.valid;
    totals.clicks += c.clicks; totals.validClicks += c.valid;
  }
  for (const o of orders) {
    const d = days.get(o.day);
    if (d) d.orders += o.orders;
    sources.get(o.source)!.orders += o.orders;
    totals.orders += o.orders;
  }
  for (const c of commissions) {
    const d = days.get(c.day);
    if (d) d.commission += c.net;
    if (c.status === 'PENDING') totals.pending += c.net;
    if (c.status === 'APPROVED' || c.status === 'PAID') totals.approved += c.net - c.paid;
    totals.paid += c.paid;
  }
  totals.conversion = totals.validClicks > 0 ? totals.orders / totals.validClicks : null;
  return { from: range.from, to: range.to, currency, totals, days: [...days.values()], sources: [...sources.values()] };
}

/** Clicks, paid referred orders and net commission per partner since `from` (the admin dashboard). */
export interface PartnerPerformance {
  partnerId: string;
  code: string;
  name: string;
  clicks: number;
  validClicks: number;
  orders: number;
  commission: number;
}

export async function partnerPerformance(prisma: PrismaClient, from: Date, to: Date, currency: string): Promise<PartnerPerformance[]> {
  const rows = await prisma.$queryRaw<PartnerPerformance[]>`
    SELECT p.id AS "partnerId", p.code, p.name,
      (SELECT count(*)::int FROM "AffiliateClick" c WHERE c."partnerId" = p.id AND c."createdAt" >= ${from} AND c."createdAt" <= ${to}) AS clicks,
      (SELECT count(*)::int FROM "AffiliateClick" c WHERE c."partnerId" = p.id AND c."filterReason" IS NULL AND c."createdAt" >= ${from} AND c."createdAt" <= ${to}) AS "validClicks",
      (SELECT count(*)::int FROM "OrderReferral" r JOIN "Order" o ON o.id = r."orderId" WHERE r."partnerId" = p.id AND o."paidAt" >= ${from} AND o."paidAt" <= ${to}) AS orders,
      (SELECT coalesce(sum(m.amount - m."reversedAmount"), 0)::int FROM "Commission" m WHERE m."partnerId" = p.id AND m.currency = ${currency} AND m."createdAt" >= ${from} AND m."createdAt" <= ${to}) AS commission
    FROM "Partner" p`;
  return rows.filter((r) => r.clicks + r.orders + r.commission > 0).sort((a, b) => b.commission - a.commission || b.clicks - a.clicks || a.code.localeCompare(b.code));
}
