// A demo partner for the demo store, so tracked links and the partner portal can be tried at
// once: an approved partner `velo-blog` whose owner signs in to the storefront as
// partner@tandem.test. Only the demo start-up creates it (never in production mode).
import type { PrismaClient } from '@tandem/db';
import { hashPassword, type ScryptCost } from '../../accounts/index.ts';

export const DEMO_PARTNER = { code: 'velo-blog', name: 'Velo Blog', email: 'partner@tandem.test', owner: 'Pia Partner', websiteUrl: 'https://velo-blog.example' } as const;
/** The documented password of the demo partner's account (README). */
export const DEMO_PARTNER_PASSWORD = 'tandem-demo-partner';

/** Creates the demo partner unless its account or code exists; returns whether it did. */
export async function ensureDemoPartner(prisma: PrismaClient, cost?: ScryptCost): Promise<boolean> {
  const taken = await prisma.customer.findUnique({ where: { email: DEMO_PARTNER.email }, select: { id: true } });
  if (taken || (await prisma.partner.findUnique({ where: { code: DEMO_PARTNER.code }, select: { id: true } }))) return false;
  const passwordHash = await hashPassword(DEMO_PARTNER_PASSWORD, cost);
  await prisma.customer.create({
    data: {
      email: DEMO_PARTNER.email,
      name: DEMO_PARTNER.owner,
      passwordHash,
      roles: ['CUSTOMER', 'PARTNER'],
      partner: { create: { code: DEMO_PARTNER.code, name: DEMO_PARTNER.name, websiteUrl: DEMO_PARTNER.websiteUrl, contactEmail: DEMO_PARTNER.email, status: 'APPROVED', applicationNote: 'Demo partner', reviewedAt: new Date() } },
    },
  });
  return true;
}
