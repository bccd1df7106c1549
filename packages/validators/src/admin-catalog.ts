// Inputs of the admin's catalog area: products, variants, attributes, images, categories,
// brands, stock adjustments and CSV imports. The same schemas read the admin's form posts.
import { z } from 'zod';
import { line, multiline } from './text.ts';
import { EntityId } from './accounts.ts';
import { AttributeName, AttributeValue, CurrencyCode, Slug } from './catalog.ts';

export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export const ProductStatusInput = z.enum(PRODUCT_STATUSES);

export const STOCK_REASONS = ['RECEIVED', 'DAMAGED', 'LOST', 'RETURNED', 'CORRECTION'] as const;

const Title = line().trim().min(1, 'Give it a title').max(200, 'At most 200 characters');
const Description = multiline().trim().max(20_000, 'At most 20,000 characters');
const Name = line().trim().min(1, 'Give it a name').max(120, 'At most 120 characters');

/** A stock keeping unit: letters, digits, dashes, dots and underscores, unique in the store. */
export const Sku = line().trim().min(1, 'Give the variant a SKU').max(64, 'At most 64 characters').regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'A SKU is letters, digits, dots, dashes and underscores');
/** A price in minor units (cents); a variant's price may be 0 (a free sample) but never negative. */
export const PriceAmount = z.number({ error: 'Give the price in cents' }).int('Prices are whole cents').min(0, 'A price cannot be negative').max(100_000_000, 'At most 1,000,000.00');
export const StockLevel = z.number({ error: 'Give the stock as a number' }).int('Stock is whole units').min(0, 'Stock cannot be negative').max(1_000_000, 'At most 1,000,000');
const OptionValues = z.record(line().trim().min(1).max(40), line().trim().min(1).max(80)).refine((o) => Object.keys(o).length <= 5, 'At most 5 options');
const Gtin = line().trim().regex(/^\d{8}(\d{4,6})?$/, 'A GTIN is 8, 12, 13 or 14 digits');
const Mpn = line().trim().min(1).max(64);

export const AdminProductListInput = z.object({
  query: line().trim().max(200).optional(),
  status: ProductStatusInput.optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const CreateProductInput = z.object({
  title: Title,
  /** Generated from the title when absent. */
  slug: Slug.optional(),
  description: Description.default(''),
  categoryId: EntityId,
  brandId: EntityId.nullable().optional(),
  featured: z.boolean().default(false),
});
/** Only the fields given change (no defaults here: a missing field is left as it is). */
export const UpdateProductInput = z.object({
  id: EntityId,
  title: Title.optional(),
  slug: Slug.optional(),
  description: Description.optional(),
  categoryId: EntityId.optional(),
  brandId: EntityId.nullable().optional(),
  featured: z.boolean().optional(),
});
export const SetProductStatusInput = z.object({ id: EntityId, status: ProductStatusInput });

/** Products chosen on the admin's list for a bulk action: at most 500 at a time. */
export const ProductSelectionInput = z.object({ ids: z.array(EntityId).min(1, 'Choose at least one product').max(500, 'Choose at most 500 products at a time') });
export const SetProductsStatusInput = ProductSelectionInput.extend({ status: ProductStatusInput });

const VariantTitle = line().trim().max(120);
const Weight = z.number().int().min(0).max(1_000_000);
export const CreateVariantInput = z.object({
  productId: EntityId,
  sku: Sku,
  /** The option values joined ("M / Red"), or "Default", when empty. */
  title: VariantTitle.default(''),
  priceAmount: PriceAmount,
  currency: CurrencyCode.default('EUR'),
  compareAtAmount: PriceAmount.nullable().optional(),
  optionValues: OptionValues.default({}),
  weightGrams: Weight.default(0),
  gtin: Gtin.nullable().optional(),
  mpn: Mpn.nullable().optional(),
  stockOnHand: StockLevel.default(0),
});
/** Only the fields given change; stock changes go through adjustStock (with a reason). */
export const UpdateVariantInput = z.object({
  id: EntityId,
  sku: Sku.optional(),
  title: VariantTitle.optional(),
  priceAmount: PriceAmount.optional(),
  currency: CurrencyCode.optional(),
  compareAtAmount: PriceAmount.nullable().optional(),
  optionValues: OptionValues.optional(),
  weightGrams: Weight.optional(),
  gtin: Gtin.nullable().optional(),
  mpn: Mpn.nullable().optional(),
});

export const SetAttributesInput = z.object({
  productId: EntityId,
  attributes: z.array(z.object({ name: AttributeName, value: AttributeValue })).max(100, 'At most 100 attributes'),
});

/** Image upload: the file's bytes in base64 (at most 5 MB decoded); the type is read from the bytes. */
export const UploadImageInput = z.object({
  productId: EntityId,
  alt: line().trim().min(1, 'Describe the image for people who cannot see it').max(300),
  dataBase64: line().min(1, 'Choose a file').max(7_000_000, 'Images are at most 5 MB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
});
export const UpdateImageInput = z.object({ id: EntityId, alt: line().trim().min(1, 'Describe the image').max(300) });
export const ReorderImagesInput = z.object({ productId: EntityId, imageIds: z.array(EntityId).min(1).max(100) });

export const CreateCategoryInput = z.object({ name: Name, slug: Slug.optional(), parentId: EntityId.nullable().default(null), description: Description.default('') });
export const RenameCategoryInput = z.object({ id: EntityId, name: Name });
export const MoveCategoryInput = z.object({ id: EntityId, parentId: EntityId.nullable(), position: z.number().int().min(0).max(10_000).optional() });

export const CreateBrandInput = z.object({ name: Name, slug: Slug.optional(), description: Description.default('') });
export const UpdateBrandInput = z.object({ id: EntityId, name: Name.optional(), description: Description.optional() });

export const AdjustStockInput = z.object({
  variantId: EntityId,
  /** Units added (positive) or taken away (negative); never zero. */
  delta: z.number({ error: 'Give a number of units' }).int('Whole units').min(-1_000_000).max(1_000_000).refine((n) => n !== 0, 'Give a change other than 0'),
  reason: z.enum(STOCK_REASONS, { error: 'Choose a reason' }),
  note: multiline().trim().max(500).default(''),
});
export const StockHistoryInput = z.object({ variantId: EntityId.optional(), productId: EntityId.optional(), limit: z.number().int().min(1).max(200).default(50) });
export const StockListInput = z.object({ query: line().trim().max(200).optional(), lowOnly: z.boolean().default(false), page: z.number().int().min(1).max(10_000).default(1) });

export const StartCatalogImportInput = z.object({
  fileName: line().trim().min(1).max(200).default('import.csv'),
  /** The CSV text; at most 20 MB. */
  csv: multiline().min(1, 'The file is empty').max(20_000_000, 'Files are at most 20 MB; split larger ones'),
});
export const CatalogImportIdInput = z.object({ id: EntityId });

/** `name=value;name=value` as written in the CSV's `options` and `attributes` columns. */
const pairs = (value: string) =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [part, ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    });
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));
const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * One row of a catalog CSV (one per variant). Columns are the export's; `stock`, `status` and
 * the product columns may be empty on later rows of the same product. Values arrive as text.
 */
export const CatalogCsvRow = z.object({
  product_slug: Slug,
  product_title: line().trim().max(200).transform(optionalText),
  status: line().trim().toUpperCase().transform(optionalText).pipe(ProductStatusInput.optional()),
  category: line().trim().max(400).transform(optionalText),
  brand: line().trim().transform(optionalText).pipe(Slug.optional()),
  description: multiline().max(20_000).transform(optionalText),
  attributes: line().max(4_000).transform(optionalText).pipe(line().optional()).transform((v) => (v === undefined ? undefined : pairs(v))).pipe(z.array(z.tuple([AttributeName, AttributeValue])).max(100).optional()),
  sku: Sku,
  variant_title: line().trim().max(120),
  options: line().max(1_000).transform((v) => Object.fromEntries(pairs(v))).pipe(OptionValues),
  price_amount: line().transform(optionalNumber).pipe(PriceAmount),
  currency: line().trim().toUpperCase().pipe(CurrencyCode),
  compare_at_amount: line().transform(optionalNumber).pipe(PriceAmount.optional()),
  stock: line().transform(optionalNumber).pipe(StockLevel.optional()),
  weight_grams: line().transform(optionalNumber).pipe(z.number().int().min(0).max(1_000_000).optional()),
  gtin: line().transform(optionalText).pipe(Gtin.optional()),
  mpn: line().transform(optionalText).pipe(Mpn.optional()),
});
export type CatalogCsvRow = z.output<typeof CatalogCsvRow>;

/** The columns of the catalog CSV, in export order. */
export const CATALOG_CSV_COLUMNS = Object.keys(CatalogCsvRow.shape) as (keyof typeof CatalogCsvRow.shape)[];

export type AdminProductListInput = z.output<typeof AdminProductListInput>;
export type CreateProductInput = z.output<typeof CreateProductInput>;
export type UpdateProductInput = z.output<typeof UpdateProductInput>;
export type CreateVariantInput = z.output<typeof CreateVariantInput>;
export type UpdateVariantInput = z.output<typeof UpdateVariantInput>;
export type CreateCategoryInput = z.output<typeof CreateCategoryInput>;
export type MoveCategoryInput = z.output<typeof MoveCategoryInput>;
export type CreateBrandInput = z.output<typeof CreateBrandInput>;
export type UpdateBrandInput = z.output<typeof UpdateBrandInput>;
export type AdjustStockInput = z.output<typeof AdjustStockInput>;
export type StockHistoryInput = z.output<typeof StockHistoryInput>;
export type StockListInput = z.output<typeof StockListInput>;
