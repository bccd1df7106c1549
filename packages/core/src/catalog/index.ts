// The catalog context's only public door.
export { createCatalogService, type CatalogService, type CatalogServiceOptions } from './catalog-service.ts';
export { CATALOG_CHANNEL, CATALOG_STOCK_CHANGE, readCatalogVersion } from './catalog-version.ts';
export { LOW_STOCK_THRESHOLD, stockOf, toOptionValues } from './variant-values.ts';
export { imageForVariant } from './variant-images.ts';
export { reserveStock, releaseStock, type StockUnits } from './stock-reservation.ts';
export { VISIBLE as VISIBLE_PRODUCTS, VISIBLE_VARIANT as VISIBLE_VARIANTS, visibleProductIds, isVisibleProduct, isShownToShoppers } from './visibility.ts';
export type * from './types.ts';
export { productLinks, type ProductLink } from './product-links.ts';
export { productCardsByIds, catalogFeatures, resolveProductRefs, type CatalogProductFeatures } from './product-signals.ts';
export * from './admin/index.ts';
export { createProductCardCache, type ProductCardCache, type ProductCardCacheOptions, type VersionedProductRef } from './product-card-cache.ts';
export { importedProductKeys, upsertImportedProducts, type ImportedProduct, type ImportedProductsResult } from './import-products.ts';
