// The demo store's partners, the one set every demo feature uses: two approved partners with
// their own sign-ins and local origins (a jersey shop whose jerseys show on road bike pages, and
// a cycling blog for tracked links and the widget, as a developer would run them on Vite's
// ports), and one application waiting for review. Only the demo start-up creates them.
import type { PrismaClient } from '@tandem/db';
import { createAccountIfAbsent, hashPassword, type ScryptCost } from '@tandem/core/accounts';
import { freeCode, type PartnerStatus } from '@tandem/core/partners';
import { DomainError } from '@tandem/core/shared';
import { addDemoPartnerItems } from './demo-content.ts';

/** The documented password of every demo partner account (README). */
export const DEMO_PARTNER_PASSWORD = 'tandem-demo-partner';

export interface DemoPartner {
  email: string;
  person: string;
  code: string;
  name: string;
  websiteUrl: string;
  allowedOrigins: string[];
  status: PartnerStatus;
  note: string;
  /** Whether it shares demo products ("From our partners"). */
  sharesItems: boolean;
}

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    email: 'jerseys@partners.tandem.test',
    person: 'Jo Jersey',
    code: 'maillot-corner',
    name: 'Maillot Corner',
    websiteUrl: 'http://127.0.0.1:5173',
    allowedOrigins: ['http://127.0.0.1:5173', 'http://localhost:5173'],
    status: 'APPROVED',
    note: 'A small shop for club jerseys; we would show your bikes and kits beside our jerseys.',
    sharesItems: true,
  },
  {
    email: 'blog@partners.tandem.test',
    person: 'Bo Blogger',
    code: 'chain-stay-blog',
    name: 'Chain Stay Blog',
    websiteUrl: 'http://127.0.0.1:5174',
    allowedOrigins: ['http://127.0.0.1:5174', 'http://localhost:5174'],
    status: 'APPROVED',
    note: 'Road and gravel reviews, about 20k readers a month.',
    sharesItems: false,
  },
  {
    email: 'gravel@partners.tandem.test',
    person: 'Gil Gravel',
    code: 'gravel-notes',
    name: 'Gravel Notes',
    websiteUrl: 'http://127.0.0.1:5175',
    allowedOrigins: ['http://127.0.0.1:5175'],
    status: 'PENDING',
    note: 'A newsletter about gravel routes; we would like to link to your gravel bikes.',
    sharesItems: false,
  },
];

export interface DemoPartnerOptions {
  /** Where the shared items' images go (the media folder). */
  mediaDir: string;
  cost?: ScryptCost;
}

/**
 * Creates the demo partners whose accounts do not exist yet, each with its shared items, in one
 * transaction per partner; existing accounts, partners and items are left as they are (they may
 * have been changed in the demo). Returns the e-mails created.
 */
export async function ensureDemoPartners(prisma: PrismaClient, { mediaDir, cost }: DemoPartnerOptions): Promise<string[]> {
  const existing = new Set(
    (await prisma.customer.findMany({ where: { email: { in: DEMO_PARTNERS.map((p) => p.email) } }, select: { email: true } })).map((c) => c.email),
  );
  const created: string[] = [];
  for (const demo of DEMO_PARTNERS.filter((p) => !existing.has(p.email))) {
    const passwordHash = await hashPassword(DEMO_PARTNER_PASSWORD, cost);
    const approved = demo.status === 'APPROVED';
    await prisma.$transaction(async (tx) => {
      const customerId = await createAccountIfAbsent(tx, { email: demo.email, name: demo.person, passwordHash, roles: approved ? ['CUSTOMER', 'PARTNER'] : ['CUSTOMER'] });
      // Taken since the check above (another start-up at the same moment): leave it to that one.
      if (!customerId) throw new DomainError('conflict', `The demo partner account ${demo.email} already exists.`);
      // A real partner may have taken the demo code first.
      const taken = await tx.partner.findMany({ where: { code: { startsWith: demo.code } }, select: { code: true } });
      const partner = await tx.partner.create({
        data: {
          customerId,
          code: freeCode(demo.code, new Set(taken.map((row) => row.code))),
          name: demo.name,
          websiteUrl: demo.websiteUrl,
          contactEmail: demo.email,
          allowedOrigins: demo.allowedOrigins,
          applicationNote: demo.note,
          status: demo.status,
          reviewedAt: approved ? new Date() : null,
        },
      });
      if (demo.sharesItems) await addDemoPartnerItems(tx, partner.id, demo.websiteUrl, mediaDir);
    });
    created.push(demo.email);
  }
  return created;
}
