import { CatalogBySlugInput, CatalogFeaturedInput, CatalogListInput } from '@tandem/validators';
import { publicProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const catalogRouter = router({
  list: publicProcedure
    .meta(rest('POST', '/catalog/products/query', { tag: 'Catalog', summary: 'List products', description: 'Products with filters, facets and keyset pagination. A query, sent as a JSON body because its filters are lists and maps.' }))
    .input(CatalogListInput)
    .query(({ ctx, input }) => ctx.services.catalog.list(input)),
  bySlug: publicProcedure
    .meta(rest('GET', '/catalog/products/{slug}', { tag: 'Catalog', summary: 'A product by its slug', description: 'The product page: variants, images, attributes. Unknown, draft and archived products answer 404.' }))
    .input(CatalogBySlugInput)
    .query(({ ctx, input }) => ctx.services.catalog.bySlug(input.slug)),
  categories: publicProcedure
    .meta(rest('GET', '/catalog/categories', { tag: 'Catalog', summary: 'The category tree' }))
    .query(({ ctx }) => ctx.services.catalog.categories()),
  featured: publicProcedure
    .meta(rest('GET', '/catalog/featured', { tag: 'Catalog', summary: 'Featured products' }))
    .input(CatalogFeaturedInput)
    .query(({ ctx, input }) => ctx.services.catalog.featured(input.limit)),
  // For front-end page caches (the storefront's page-cache.ts asks at most once a second); not a
  // public read: a shared cache keeping it would hold pages back.
  version: publicProcedure.query(async ({ ctx }) => ({ version: await ctx.services.catalog.version() })),
});
