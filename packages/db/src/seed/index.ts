// Demo catalog seed and large-catalog generator. `seedDemoCatalog` fills a realistic cycling
// shop (idempotent); `generateCatalog` adds N synthetic active products for benchmarks.
import path from 'node:path';
import { repoRoot } from '../migrate/migration-files.ts';

export const defaultMediaDir = path.join(repoRoot, '.data/media');

export type { SeedOptions, SeedResult, GenerateOptions, GenerateResult } from './seed-types.ts';
export { seedDemoCatalog, buildDemoCatalog, demoBaseDate } from './demo-catalog.ts';
export { generateCatalog, buildGeneratedProducts } from './generate-catalog.ts';
export { seedCheckoutSettings, demoPaymentSettings, demoPickupSettings, demoShippingMethods, demoTaxRates } from './checkout-settings.ts';
export { renderProductSvg, type ProductSvgInput } from './svg/product-svg.ts';
export { productMediaUrl } from './media-files.ts';
export { seedSupport, DEMO_FAQ, DEMO_CANNED_REPLIES, type FaqSeed } from './support.ts';
export { seedConfigurators } from './configurators.ts';
export { demoGtin, demoMpn } from './product-codes.ts';
export { seedDemoPromotions } from './demo-promotions.ts';
export { createRandom, hashSeed, type Random } from './random.ts';
