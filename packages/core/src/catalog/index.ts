// The catalog context's only public door.
export { createCatalogService, type CatalogService, type CatalogServiceOptions } from './catalog-service.ts';
export { LOW_STOCK_THRESHOLD } from './product-detail.ts';
export type * from './types.ts';
