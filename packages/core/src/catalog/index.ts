// The catalog context's only public door.
export { listProducts } from './list-products.ts';
export { productBySlug, LOW_STOCK_THRESHOLD } from './product-detail.ts';
export { featuredProducts } from './featured-products.ts';
export { loadCategoryTree } from './load-categories.ts';
export type * from './types.ts';
