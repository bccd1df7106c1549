// The seller printed on invoices: kept in StoreSettings (so each invoice snapshots what was
// set when it was issued) and set from the environment at start-up (SELLER_* in apps/api).
import type { PrismaClient } from '@tandem/db';
import type { SellerDetails } from './invoice-snapshot.ts';

/** Stores the seller's details; fields left undefined keep their stored value. */
export async function applySellerDetails(prisma: PrismaClient, seller: Partial<SellerDetails>): Promise<void> {
  const data = {
    ...(seller.legalName !== undefined ? { sellerLegalName: seller.legalName } : {}),
    ...(seller.address !== undefined ? { sellerAddress: seller.address.join('\n') } : {}),
    ...(seller.vatId !== undefined ? { sellerVatId: seller.vatId } : {}),
  };
  if (Object.keys(data).length === 0) return;
  await prisma.storeSettings.upsert({ where: { id: 'default' }, create: { id: 'default', ...data }, update: data });
}
