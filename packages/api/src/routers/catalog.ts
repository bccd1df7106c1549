import { CatalogBySlugInput, CatalogFeaturedInput, CatalogListInput } from '@tandem/validators';
import { publicProcedure, router } from '../trpc.ts';

export const catalogRouter = router({
  list: publicProcedure.input(CatalogListInput).query(({ ctx, input }) => ctx.catalog.list(input)),
  bySlug: publicProcedure.input(CatalogBySlugInput).query(({ ctx, input }) => ctx.catalog.bySlug(input.slug)),
  categories: publicProcedure.query(({ ctx }) => ctx.catalog.categories()),
  featured: publicProcedure.input(CatalogFeaturedInput).query(({ ctx, input }) => ctx.catalog.featured(input.limit)),
});
