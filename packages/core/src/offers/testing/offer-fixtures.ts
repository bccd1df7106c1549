// A small catalog and feeds whose every row has a known fate, shared by the offers tests.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import { makeBrand, makeCategory, makeProduct } from '@tandem/db/testing';

export const GTIN_CASSETTE = '4006381333931';

/**
 * Four published products: a cassette with a GTIN (€129, free NL shipping over €50), a handlebar
 * with an MPN (€39.95, NL shipping €4.95), a saddle known by its SKU (€59) and a chainring with
 * no codes (€45, sale price none).
 */
export async function offerCatalog(prisma: PrismaClient) {
  const tag = randomUUID().slice(0, 6);
  const category = await makeCategory(prisma, `parts-${tag}`);
  const forge = await makeBrand(prisma, `cadence-forge-${tag}`);
  const grimpeur = await makeBrand(prisma, `grimpeur-${tag}`);
  const cassette = await makeProduct(prisma, {
    slug: `vector-cassette-${tag}`, title: 'Cadence Forge Vector 12-Speed Cassette', categoryId: category.id, brandId: forge.id,
    variants: [{ priceAmount: 12_900, gtin: GTIN_CASSETTE, mpn: `VEC-12-${tag}`, weightGrams: 350 }],
  });
  const handlebar = await makeProduct(prisma, {
    slug: `ardent-bar-${tag}`, title: 'Grimpeur Ardent Alloy Handlebar', categoryId: category.id, brandId: grimpeur.id,
    variants: [{ priceAmount: 3_995, mpn: `ARD-HB-${tag}`, weightGrams: 300 }],
  });
  const saddle = await makeProduct(prisma, {
    slug: `sella-saddle-${tag}`, title: 'Sella Comfort Gel Saddle', categoryId: category.id,
    variants: [{ priceAmount: 5_900, sku: `SEL-${tag}-GEL`, weightGrams: 400 }],
  });
  const chainring = await makeProduct(prisma, {
    slug: `meridian-ring-${tag}`, title: 'Meridian Narrow-Wide Chainring 40T', categoryId: category.id,
    variants: [{ priceAmount: 4_500, weightGrams: 120 }],
  });
  return { tag, brandName: forge.name, grimpeurName: grimpeur.name, cassette, handlebar, saddle, chainring };
}

export type OfferCatalog = Awaited<ReturnType<typeof offerCatalog>>;

/** A partner CSV feed: five good rows (one per match method, one weak title) and four bad ones. */
export function partnerCsv(c: OfferCatalog, overrides: { cassettePrice?: string } = {}): string {
  return [
    'id,title,gtin,mpn,brand,price,sale_price,availability,shipping,link',
    `P-1,"Vector cassette, 12 speed",${GTIN_CASSETTE},,,${overrides.cassettePrice ?? '119.00 EUR'},,in stock,NL:::4.95 EUR,https://partner.example/p1`,
    `P-2,Ardent handlebar,,ARD-HB-${c.tag},${c.grimpeurName},45.00 EUR,37.50 EUR,in stock,NL:::0 EUR,https://partner.example/p2`,
    `SEL-${c.tag}-GEL,"Sella ""Comfort"" saddle",,,,55.00 EUR,,backorder,3.00 EUR,https://partner.example/p3`,
    'P-4,Meridian Narrow-Wide Chainring 40T,,,,42.00 EUR,,out of stock,,https://partner.example/p4',
    'P-5,Narrow chain ring for gravel,,,,30.00 EUR,,in stock,,https://partner.example/p5',
    'P-6,Broken price,,,,cheap,,in stock,,https://partner.example/p6',
    'P-7,Bad GTIN,4006381333932,,,10.00 EUR,,in stock,,https://partner.example/p7',
    'P-8,No link,,,,10.00 EUR,,in stock,,',
    'P-1,Duplicate id,,,,10.00 EUR,,in stock,,https://partner.example/dup',
  ].join('\r\n');
}

export const partnerSource = { slug: 'velo-partner', name: 'Velo Partner', kind: 'PARTNER' as const, homepageUrl: 'https://partner.example' };
export const competitorSource = { slug: 'rival-bikes', name: 'Rival Bikes', kind: 'COMPETITOR' as const, homepageUrl: 'https://rival.example' };
