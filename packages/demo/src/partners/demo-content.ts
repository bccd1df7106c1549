// Demo data: the approved road items of the demo jersey shop, so the "From our partners" block has
// something to show on road bike pages of a fresh demo store. Created with the shop's account
// (see demo-partners.ts), so they exist once.
import type { Prisma } from '@tandem/db';
import { contentHashOf, storePartnerImage } from '@tandem/core/partners';

// A 1×1 PNG: demo partner images are real image files in the media folder like any other.
const DOT_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const ITEMS = [
  { title: 'Maillot club jersey', description: 'Breathable race-fit jersey in club colours, made in Portugal.', priceAmount: 6_900, path: '/club-jersey', keywords: ['road', 'jersey'] },
  { title: 'Maillot packable rain cape', description: 'A 90 g rain cape that fits a jersey pocket.', priceAmount: 8_900, path: '/rain-cape', keywords: ['road', 'rain'] },
];

/** Adds the approved demo items to the partner whose site is `websiteUrl`; none without a `road` category. */
export async function addDemoPartnerItems(tx: Prisma.TransactionClient, partnerId: string, websiteUrl: string, mediaDir: string): Promise<number> {
  const road = await tx.category.findUnique({ where: { slug: 'road' }, select: { id: true } });
  if (!road) return 0;
  const imageUrl = await storePartnerImage(mediaDir, partnerId, { bytes: DOT_PNG, contentType: 'image/png' });
  for (const { path, ...item } of ITEMS) {
    const fields = { ...item, url: new URL(path, websiteUrl).href, currency: 'EUR', imageUrl, categoryIds: [road.id] };
    await tx.partnerContentItem.create({ data: { ...fields, partnerId, origin: 'PORTAL', status: 'APPROVED', reviewedAt: new Date(), contentHash: contentHashOf(fields) } });
  }
  return ITEMS.length;
}
