// The catalog area's structure and bulk tools: the category tree, brands, stock adjustments
// with their history, and CSV export/import. `catalog` permission; writes audited in core.
import {
  adjustStock, catalogImportStatus, createBrand, createCategory, deleteBrand, deleteCategory, exportCatalogCsv, listAdminBrands, listAdminCategories,
  listCatalogImports, moveCategory, renameCategory, startCatalogImport, stockHistory, stockList, updateBrand,
} from '@tandem/core/catalog';
import { NotFoundError } from '@tandem/core/shared';
import {
  AdjustStockInput, CatalogImportIdInput, CreateBrandInput, CreateCategoryInput, IdInput, MoveCategoryInput, RenameCategoryInput, StartCatalogImportInput,
  StockHistoryInput, StockListInput, UpdateBrandInput,
} from '@tandem/validators';
import { z } from 'zod';
import { router, staffProcedure } from '../trpc.ts';

const catalog = staffProcedure('catalog');
const ok = { ok: true as const };
const NoInput = z.object({}).optional();

export const categoriesRouter = router({
  list: catalog.input(NoInput).query(({ ctx }) => listAdminCategories(ctx.services.prisma)),
  create: catalog.input(CreateCategoryInput).mutation(({ ctx, input }) => createCategory(ctx.services.prisma, ctx.staff, input)),
  rename: catalog.input(RenameCategoryInput).mutation(({ ctx, input }) => renameCategory(ctx.services.prisma, ctx.staff, input)),
  move: catalog.input(MoveCategoryInput).mutation(({ ctx, input }) => moveCategory(ctx.services.prisma, ctx.staff, input)),
  delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
    await deleteCategory(ctx.services.prisma, ctx.staff, input.id);
    return ok;
  }),
});

export const brandsRouter = router({
  list: catalog.input(NoInput).query(({ ctx }) => listAdminBrands(ctx.services.prisma)),
  create: catalog.input(CreateBrandInput).mutation(({ ctx, input }) => createBrand(ctx.services.prisma, ctx.staff, input)),
  update: catalog.input(UpdateBrandInput).mutation(({ ctx, input }) => updateBrand(ctx.services.prisma, ctx.staff, input)),
  delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
    await deleteBrand(ctx.services.prisma, ctx.staff, input.id);
    return ok;
  }),
});

export const stockRouter = router({
  list: catalog.input(StockListInput).query(({ ctx, input }) => stockList(ctx.services.prisma, input)),
  adjust: catalog.input(AdjustStockInput).mutation(({ ctx, input }) => adjustStock(ctx.services.prisma, ctx.staff, input)),
  history: catalog.input(StockHistoryInput).query(({ ctx, input }) => stockHistory(ctx.services.prisma, input)),
});

export const csvRouter = router({
  /** The whole catalog, one row per variant (columns in README, "Catalog CSV"). */
  export: catalog.input(NoInput).query(({ ctx }) => exportCatalogCsv(ctx.services.prisma)),
  startImport: catalog.input(StartCatalogImportInput).mutation(({ ctx, input }) => startCatalogImport(ctx.services.prisma, ctx.staff, input)),
  import: catalog.input(CatalogImportIdInput).query(async ({ ctx, input }) => {
    const found = await catalogImportStatus(ctx.services.prisma, input.id);
    if (!found) throw new NotFoundError('import', input.id);
    return found;
  }),
  imports: catalog.input(NoInput).query(({ ctx }) => listCatalogImports(ctx.services.prisma)),
});
