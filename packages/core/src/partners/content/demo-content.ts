// Demo data: an approved jersey shop whose approved jerseys appear on road bike pages, so the
// "From our partners" block has something to show on a fresh demo store (SEED_DEMO).
import type { PrismaClient } from '@tandem/db';
import { contentHashOf } from './item-fields.ts';
import { storePartnerImage } from './partner-images.ts';

// A 1×1 PNG: demo partner images are real image files in the media folder like any other.
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const ITEMS = [
  { title: 'Maillot club jersey', description: 'Breathable race-fit jersey in club colours, made in Portugal.', priceAmount: 6_900, url: 'https://maillot.example/club-jersey', keywords: ['road', 'jersey'] },
  { title: 'Maillot packable rain cape', description: 'A 90 g rain cape that fits a jersey pocket.', priceAmount: 8_900, url: 'https://maillot.example/rain-cape', keywords: ['road', 'rain'] },
];

/** Adds the demo partner and its approved items once; later calls change nothing. */
export async function seedDemoPartnerContent(prisma: PrismaClient, mediaDir: string): Promise<number> {
  if (await prisma.partner.findUnique({ where: { code: 'maillot-demo' } })) return 0;
  const road = await prisma.category.findUnique({ where: { slug: 'road' }, select: { id: true } });
  if (!road) return 0;
  const customer = await prisma.customer.create({ data: { email: 'maillot-demo@partners.tandem.example', name: 'Maillot & Co', passwordHash: 'demo-partner-without-sign-in', roles: ['PARTNER'] } });
  const partner = await prisma.partner.create({
    data: { code: 'maillot-demo', name: 'Maillot & Co', websiteUrl: 'https://maillot.example', contactEmail: customer.email, customerId: customer.id, status: 'APPROVED', reviewedAt: new Date() },
  });
  const imageUrl = await storePartnerImage(mediaDir, partner.id, { bytes: DOT_PNG, contentType: 'image/png' });
  for (const item of ITEMS) {
    const fields = { ...item, currency: 'EUR', imageUrl, categoryIds: [road.id] };
    await prisma.partnerContentItem.create({ data: { ...fields, partnerId: partner.id, origin: 'PORTAL', status: 'APPROVED', reviewedAt: new Date(), contentHash: contentHashOf(fields) } });
  }
  return ITEMS.length;
}
