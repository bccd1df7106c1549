// The admin's catalog area: products, variants, attributes and images (here), categories,
// brands, stock and CSV import/export (admin-catalog-structure.ts). Every procedure needs the
// `catalog` permission; every write is audited by the core function it calls.
import {
  createProduct, createVariant, deleteProductImage, deleteVariant, listAdminProducts, productForEditing, reorderImages, setProductAttributes,
  setProductStatus, updateImageAlt, updateProduct, updateVariant, uploadProductImage,
} from '@tandem/core/catalog';
import {
  AdminProductListInput, CreateProductInput, CreateVariantInput, IdInput, ReorderImagesInput, SetAttributesInput, SetProductStatusInput,
  UpdateImageInput, UpdateProductInput, UpdateVariantInput, UploadImageInput,
} from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';
import { brandsRouter, categoriesRouter, csvRouter, stockRouter } from './admin-catalog-structure.ts';

const catalog = staffProcedure('catalog');
const ok = { ok: true as const };

export const adminCatalogRouter = router({
  products: router({
    list: catalog.input(AdminProductListInput).query(({ ctx, input }) => listAdminProducts(ctx.services.prisma, input)),
    get: catalog.input(IdInput).query(({ ctx, input }) => productForEditing(ctx.services.prisma, input.id)),
    create: catalog.input(CreateProductInput).mutation(({ ctx, input }) => createProduct(ctx.services.prisma, ctx.staff, input)),
    update: catalog.input(UpdateProductInput).mutation(({ ctx, input }) => updateProduct(ctx.services.prisma, ctx.staff, input)),
    setStatus: catalog.input(SetProductStatusInput).mutation(({ ctx, input }) => setProductStatus(ctx.services.prisma, ctx.staff, input)),
  }),
  variants: router({
    create: catalog.input(CreateVariantInput).mutation(({ ctx, input }) => createVariant(ctx.services.prisma, ctx.staff, input)),
    update: catalog.input(UpdateVariantInput).mutation(({ ctx, input }) => updateVariant(ctx.services.prisma, ctx.staff, input)),
    delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
      await deleteVariant(ctx.services.prisma, ctx.staff, input.id);
      return ok;
    }),
  }),
  attributes: router({
    set: catalog.input(SetAttributesInput).mutation(({ ctx, input }) => setProductAttributes(ctx.services.prisma, ctx.staff, input)),
  }),
  images: router({
    /** Base64 in JSON (see docs/decisions.md): small files, one request, no multipart parser in the API. */
    upload: catalog.input(UploadImageInput).mutation(({ ctx, input }) =>
      uploadProductImage(ctx.services.prisma, ctx.staff, ctx.services.mediaDir, { productId: input.productId, alt: input.alt, bytes: Buffer.from(input.dataBase64, 'base64') }),
    ),
    update: catalog.input(UpdateImageInput).mutation(({ ctx, input }) => updateImageAlt(ctx.services.prisma, ctx.staff, input)),
    reorder: catalog.input(ReorderImagesInput).mutation(({ ctx, input }) => reorderImages(ctx.services.prisma, ctx.staff, input)),
    delete: catalog.input(IdInput).mutation(async ({ ctx, input }) => {
      await deleteProductImage(ctx.services.prisma, ctx.staff, ctx.services.mediaDir, input.id);
      return ok;
    }),
  }),
  categories: categoriesRouter,
  brands: brandsRouter,
  stock: stockRouter,
  csv: csvRouter,
});
