// The catalog area's structure and bulk tools: the category tree, brands, stock adjustments
// with their history, and CSV export/import. `catalog` permission; writes audited in core.
import {
  AdjustStockInput, CatalogImportIdInput, CreateBrandInput, CreateCategoryInput, IdInput, MoveCategoryInput, RenameCategoryInput, StartCatalogImportInput,
  ProductSelectionInput, StockHistoryInput, StockListInput, UpdateBrandInput,
} from '@tandem/validators';
import { z } from 'zod';
import { router, staffProcedure } from '../trpc.ts';

const catalog = staffProcedure('catalog');
const ok = { ok: true as const };
const NoInput = z.object({}).optional();

export const categoriesRouter = router({
  list: catalog.input(NoInput).query(({ ctx }) => ctx.services.adminCatalog.categories.list()),
  create: catalog.input(CreateCategoryInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.categories.create(ctx.staff, input)),
  rename: catalog.input(RenameCategoryInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.categories.rename(ctx.staff, input)),
  move: catalog.input(MoveCategoryInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.categories.move(ctx.staff, input)),
  delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminCatalog.categories.delete(ctx.staff, input.id);
    return ok;
  }),
});

export const brandsRouter = router({
  list: catalog.input(NoInput).query(({ ctx }) => ctx.services.adminCatalog.brands.list()),
  create: catalog.input(CreateBrandInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.brands.create(ctx.staff, input)),
  update: catalog.input(UpdateBrandInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.brands.update(ctx.staff, input)),
  delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
    await ctx.services.adminCatalog.brands.delete(ctx.staff, input.id);
    return ok;
  }),
});

export const stockRouter = router({
  list: catalog.input(StockListInput).query(({ ctx, input }) => ctx.services.adminCatalog.stock.list(input)),
  adjust: catalog.input(AdjustStockInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.stock.adjust(ctx.staff, input)),
  history: catalog.input(StockHistoryInput).query(({ ctx, input }) => ctx.services.adminCatalog.stock.history(input)),
});

export const csvRouter = router({
  /** The whole catalog, one row per variant (columns in README, "Catalog CSV"). */
  export: catalog.input(NoInput).query(({ ctx }) => ctx.services.adminCatalog.csv.export()),
  /** The chosen products only; a mutation because 500 ids do not fit in a GET's address. */
  exportProducts: catalog.input(ProductSelectionInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.csv.exportProducts(input.ids)),
  startImport: catalog.input(StartCatalogImportInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.csv.startImport(ctx.staff, input)),
  import: catalog.input(CatalogImportIdInput).query(({ ctx, input }) => ctx.services.adminCatalog.csv.importStatus(input.id)),
  imports: catalog.input(NoInput).query(({ ctx }) => ctx.services.adminCatalog.csv.imports()),
});
