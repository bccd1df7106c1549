// The admin's catalog area: products, variants, attributes and images (here), categories,
// brands, stock and CSV import/export (admin-catalog-structure.ts). Every procedure needs the
// `catalog` permission; every write is audited by the core function it calls.
import {
  AdminProductListInput, CreateProductInput, CreateVariantInput, IdInput, ReorderImagesInput, SetAttributesInput, SetProductStatusInput, SetProductsStatusInput,
  UpdateImageInput, UpdateProductInput, UpdateVariantInput, UploadImageInput,
} from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';
import { brandsRouter, categoriesRouter, csvRouter, stockRouter } from './admin-catalog-structure.ts';

const catalog = staffProcedure('catalog');
const ok = { ok: true as const };

export const adminCatalogRouter = router({
  products: router({
    list: catalog.input(AdminProductListInput).query(({ ctx, input }) => ctx.services.adminCatalog.products.list(input)),
    get: catalog.input(IdInput).query(({ ctx, input }) => ctx.services.adminCatalog.products.get(input.id)),
    create: catalog.input(CreateProductInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.products.create(ctx.staff, input)),
    update: catalog.input(UpdateProductInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.products.update(ctx.staff, input)),
    setStatus: catalog.input(SetProductStatusInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.products.setStatus(ctx.staff, input)),
    /** Bulk: every chosen product moves to the status, or none does (one audited transaction). */
    setStatusMany: catalog.input(SetProductsStatusInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.products.setStatusMany(ctx.staff, input)),
  }),
  variants: router({
    create: catalog.input(CreateVariantInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.variants.create(ctx.staff, input)),
    update: catalog.input(UpdateVariantInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.variants.update(ctx.staff, input)),
    delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
      await ctx.services.adminCatalog.variants.delete(ctx.staff, input.id);
      return ok;
    }),
  }),
  attributes: router({
    set: catalog.input(SetAttributesInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.attributes.set(ctx.staff, input)),
  }),
  images: router({
    /** Base64 in JSON (see docs/decisions.md): small files, one request, no multipart parser in the API. */
    upload: catalog.input(UploadImageInput).mutation(({ ctx, input }) =>
      ctx.services.adminCatalog.images.upload(ctx.staff, { productId: input.productId, alt: input.alt, bytes: Buffer.from(input.dataBase64, 'base64') }),
    ),
    update: catalog.input(UpdateImageInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.images.updateAlt(ctx.staff, input)),
    reorder: catalog.input(ReorderImagesInput).mutation(({ ctx, input }) => ctx.services.adminCatalog.images.reorder(ctx.staff, input)),
    delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
      await ctx.services.adminCatalog.images.delete(ctx.staff, input.id);
      return ok;
    }),
  }),
  categories: categoriesRouter,
  brands: brandsRouter,
  stock: stockRouter,
  csv: csvRouter,
});
