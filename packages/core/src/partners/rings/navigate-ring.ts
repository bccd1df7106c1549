// Ring bar clicks: pick the target from the ring's members in order, count the click for both
// ends (one statement each, atomic increments), and say where to send the visitor.
import type { PrismaClient } from '@tandem/db';
import { NotFoundError } from '../../shared/index.ts';
import { utcDay } from './ring-days.ts';
import { pickRingTarget, type RingDirection } from './ring-navigation.ts';

export interface RingNavigation {
  ringSlug: string;
  from: string | null;
  direction: RingDirection;
}

/** Where the click goes: a member's page, or null when no other live member exists. */
export interface RingNavigationTarget {
  pageUrl: string | null;
  partnerCode: string | null;
}

export async function navigateRing(prisma: PrismaClient, nav: RingNavigation, options: { random: () => number; now: Date }): Promise<RingNavigationTarget> {
  const ring = await prisma.webRing.findUnique({
    where: { slug: nav.ringSlug },
    select: { id: true, members: { orderBy: [{ position: 'asc' }, { joinedAt: 'asc' }], select: { id: true, pageUrl: true, health: true, partner: { select: { code: true, status: true } } } } },
  });
  if (!ring) throw new NotFoundError('web ring', nav.ringSlug);
  const members = ring.members.map((m) => ({ id: m.id, pageUrl: m.pageUrl, partnerCode: m.partner.code, live: m.health !== 'DOWN' && m.partner.status === 'APPROVED' }));
  const target = pickRingTarget(members, nav.from, nav.direction, options.random);
  const source = members.find((m) => m.partnerCode === nav.from);
  const day = utcDay(options.now);
  if (source) await countClick(prisma, source.id, day, 'out');
  if (target) await countClick(prisma, target.id, day, 'in');
  return { pageUrl: target?.pageUrl ?? null, partnerCode: target?.partnerCode ?? null };
}

async function countClick(prisma: PrismaClient, memberId: string, day: Date, side: 'in' | 'out'): Promise<void> {
  if (side === 'out') {
    await prisma.$executeRaw`INSERT INTO "WebRingDailyStat" ("memberId", "day", "clicksOut", "clicksIn") VALUES (${memberId}, ${day}::date, 1, 0)
      ON CONFLICT ("memberId", "day") DO UPDATE SET "clicksOut" = "WebRingDailyStat"."clicksOut" + 1`;
  } else {
    await prisma.$executeRaw`INSERT INTO "WebRingDailyStat" ("memberId", "day", "clicksOut", "clicksIn") VALUES (${memberId}, ${day}::date, 0, 1)
      ON CONFLICT ("memberId", "day") DO UPDATE SET "clicksIn" = "WebRingDailyStat"."clicksIn" + 1`;
  }
}
