// The admin side of the catalog: every write takes the staff member doing it and is audited.
export { createCatalogAdminService, type CatalogAdminService, type CatalogAdminServiceOptions } from './catalog-admin-service.ts';
export { createProduct, updateProduct, setProductStatus, type ProductSnapshot } from './products.ts';
export { setProductsStatus, type BulkStatusResult } from './bulk-products.ts';
export { createVariant, updateVariant, deleteVariant, type VariantSnapshot } from './variants.ts';
export { setProductAttributes, type AttributesSnapshot } from './attributes.ts';
export { uploadProductImage, updateImageAlt, reorderImages, deleteProductImage, type ImageSnapshot, type UploadImageCommand } from './images.ts';
export { inspectProductImage, MAX_IMAGE_BYTES } from './image-bytes.ts';
export { createCategory, renameCategory, moveCategory, deleteCategory, type CategorySnapshot } from './categories.ts';
export { createBrand, updateBrand, deleteBrand, type BrandSnapshot } from './brands.ts';
export { adjustStock, stockHistory, stockList, type StockAdjustmentView, type StockRow } from './stock.ts';
export { listAdminProducts, productForEditing, listAdminCategories, listAdminBrands, type AdminProductRow, type ProductForEditing, type AdminCategoryRow } from './queries.ts';
export { exportCatalogCsv } from './csv-export.ts';
export { readCatalogCsv, chunkGroups, type ReadCatalogCsvResult, type ImportProductGroup } from './import-rows.ts';
export { startCatalogImport, runCatalogImport, catalogImportStatus, listCatalogImports, catalogImportJobHandlers, CATALOG_IMPORT_JOB, type CatalogImportView, type RunImportOptions } from './csv-import.ts';
export { slugify } from './slugs.ts';
