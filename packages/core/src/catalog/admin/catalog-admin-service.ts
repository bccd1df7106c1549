// The admin's catalog area, bound to one database and the media folder: products, variants,
// attributes, images, the category tree, brands, stock and CSV import/export. Every write
// takes the staff member doing it and is audited by the function it calls.
import type { PrismaClient, ProductStatus } from '@tandem/db';
import type {
  AdjustStockInput, AdminProductListInput, CreateBrandInput, CreateCategoryInput, CreateProductInput, CreateVariantInput, MoveCategoryInput, StockHistoryInput,
  StockListInput, UpdateBrandInput, UpdateProductInput, UpdateVariantInput,
} from '@tandem/validators';
import { NotFoundError } from '../../shared/index.ts';
import type { StaffActor } from '../../staff/index.ts';
import { setProductAttributes } from './attributes.ts';
import { createBrand, deleteBrand, updateBrand } from './brands.ts';
import { createCategory, deleteCategory, moveCategory, renameCategory } from './categories.ts';
import { exportCatalogCsv } from './csv-export.ts';
import { catalogImportStatus, listCatalogImports, startCatalogImport } from './csv-import.ts';
import { deleteProductImage, reorderImages, updateImageAlt, uploadProductImage, type UploadImageCommand } from './images.ts';
import { createProduct, setProductStatus, updateProduct } from './products.ts';
import { setProductsStatus } from './bulk-products.ts';
import { listAdminBrands, listAdminCategories, listAdminProducts, productForEditing } from './queries.ts';
import { adjustStock, stockHistory, stockList } from './stock.ts';
import { createVariant, deleteVariant, updateVariant } from './variants.ts';

export interface CatalogAdminServiceOptions {
  /** The absolute folder uploaded product images are written to and deleted from. */
  mediaDir: string;
}

/**
 * The catalog as staff edit it, grouped like the admin's screens.
 *
 * @example const catalogAdmin = createCatalogAdminService(db.prisma, { mediaDir }); await catalogAdmin.products.setStatus(staff, { id, status: 'ACTIVE' })
 */
export function createCatalogAdminService(prisma: PrismaClient, options: CatalogAdminServiceOptions) {
  const { mediaDir } = options;
  return {
    products: {
      list: (input: AdminProductListInput) => listAdminProducts(prisma, input),
      get: (id: string) => productForEditing(prisma, id),
      create: (actor: StaffActor, input: CreateProductInput) => createProduct(prisma, actor, input),
      update: (actor: StaffActor, input: UpdateProductInput) => updateProduct(prisma, actor, input),
      setStatus: (actor: StaffActor, input: { id: string; status: ProductStatus }) => setProductStatus(prisma, actor, input),
      /** Moves every chosen product to `status`, or none (one audited transaction). */
      setStatusMany: (actor: StaffActor, input: { ids: readonly string[]; status: ProductStatus }) => setProductsStatus(prisma, actor, input),
    },
    variants: {
      create: (actor: StaffActor, input: CreateVariantInput) => createVariant(prisma, actor, input),
      update: (actor: StaffActor, input: UpdateVariantInput) => updateVariant(prisma, actor, input),
      delete: (actor: StaffActor, id: string) => deleteVariant(prisma, actor, id),
    },
    attributes: {
      set: (actor: StaffActor, input: { productId: string; attributes: { name: string; value: string }[] }) => setProductAttributes(prisma, actor, input),
    },
    images: {
      upload: (actor: StaffActor, command: UploadImageCommand) => uploadProductImage(prisma, actor, mediaDir, command),
      updateAlt: (actor: StaffActor, input: { id: string; alt: string }) => updateImageAlt(prisma, actor, input),
      reorder: (actor: StaffActor, input: { productId: string; imageIds: string[] }) => reorderImages(prisma, actor, input),
      delete: (actor: StaffActor, id: string) => deleteProductImage(prisma, actor, mediaDir, id),
    },
    categories: {
      list: () => listAdminCategories(prisma),
      create: (actor: StaffActor, input: CreateCategoryInput) => createCategory(prisma, actor, input),
      rename: (actor: StaffActor, input: { id: string; name: string }) => renameCategory(prisma, actor, input),
      move: (actor: StaffActor, input: MoveCategoryInput) => moveCategory(prisma, actor, input),
      delete: (actor: StaffActor, id: string) => deleteCategory(prisma, actor, id),
    },
    brands: {
      list: () => listAdminBrands(prisma),
      create: (actor: StaffActor, input: CreateBrandInput) => createBrand(prisma, actor, input),
      update: (actor: StaffActor, input: UpdateBrandInput) => updateBrand(prisma, actor, input),
      delete: (actor: StaffActor, id: string) => deleteBrand(prisma, actor, id),
    },
    stock: {
      list: (input: StockListInput) => stockList(prisma, input),
      adjust: (actor: StaffActor, input: AdjustStockInput) => adjustStock(prisma, actor, input),
      history: (input: StockHistoryInput) => stockHistory(prisma, input),
    },
    csv: {
      /** The whole catalog, one row per variant. */
      export: () => exportCatalogCsv(prisma),
      /** The chosen products only, in the same columns. */
      exportProducts: (productIds: readonly string[]) => exportCatalogCsv(prisma, productIds),
      /** Stores the file and queues the import job; returns the import to follow. */
      startImport: (actor: StaffActor, input: { fileName: string; csv: string }) => startCatalogImport(prisma, actor, input),
      /** One import's progress and report; NotFoundError when there is no such import. */
      importStatus: async (id: string) => {
        const found = await catalogImportStatus(prisma, id);
        if (!found) throw new NotFoundError('import', id);
        return found;
      },
      imports: () => listCatalogImports(prisma),
    },
  };
}

export type CatalogAdminService = ReturnType<typeof createCatalogAdminService>;
