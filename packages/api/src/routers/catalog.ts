import { CatalogBySlugInput, CatalogFeaturedInput, CatalogListInput } from '@tandem/validators';
import { publicProcedure, router } from '../trpc.ts';

export const catalogRouter = router({
  list: publicProcedure.input(CatalogListInput).query(({ ctx, input }) => ctx.services.catalog.list(input)),
  bySlug: publicProcedure.input(CatalogBySlugInput).query(({ ctx, input }) => ctx.services.catalog.bySlug(input.slug)),
  categories: publicProcedure.query(({ ctx }) => ctx.services.catalog.categories()),
  featured: publicProcedure.input(CatalogFeaturedInput).query(({ ctx, input }) => ctx.services.catalog.featured(input.limit)),
});
