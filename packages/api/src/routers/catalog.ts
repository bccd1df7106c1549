import { featuredProducts, listProducts, loadCategoryTree, productBySlug } from '@tandem/core/catalog';
import { CatalogBySlugInput, CatalogFeaturedInput, CatalogListInput } from '@tandem/validators';
import { publicProcedure, router } from '../trpc.ts';

export const catalogRouter = router({
  list: publicProcedure.input(CatalogListInput).query(({ ctx, input }) => listProducts(ctx.prisma, input)),
  bySlug: publicProcedure.input(CatalogBySlugInput).query(({ ctx, input }) => productBySlug(ctx.prisma, input.slug)),
  categories: publicProcedure.query(({ ctx }) => loadCategoryTree(ctx.prisma)),
  featured: publicProcedure.input(CatalogFeaturedInput).query(({ ctx, input }) => featuredProducts(ctx.prisma, input.limit)),
});
