// Turns a template's draft into a full ProductSpec: slug, variants with SKUs, prices, sale
// prices and stock, attributes, images and dates. Pure and deterministic for a given Random.
import type { BrandData } from './data/brands.ts';
import { colourHex, hexFor } from './data/colours.ts';
import { charmPrice, salePrice, stockLevel } from './pricing.ts';
import type { ImageSpec, ProductSpec, ProductStatusName, VariantSpec } from './product-spec.ts';
import { hashSeed, type Random } from './random.ts';
import type { OptionAxis, ProductDraft } from './template-types.ts';

const dayMs = 24 * 60 * 60 * 1000;

export interface BuildOptions {
  rng: Random;
  brand: BrandData;
  categoryPath: string;
  /** Makes SKUs unique: "VEL-0012-56-BLK" for number 12 with prefix "". */
  number: number;
  skuPrefix?: string;
  slugSuffix?: string;
  status: ProductStatusName;
  featured: boolean;
  /** Products are created within the year before this date. */
  baseDate: Date;
  /** How many images to describe; the default draws 1–3. */
  imageCount?: number;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function buildProduct(draft: ProductDraft, options: BuildOptions): ProductSpec {
  const { rng, brand } = options;
  const slug = (draft.slug ?? slugify(draft.title)) + (options.slugSuffix ?? '');
  const createdAt = new Date(options.baseDate.getTime() - rng.int(1, 365 * 24 * 60) * 60_000);
  const publishedAt = options.status === 'DRAFT'
    ? null
    : new Date(Math.min(options.baseDate.getTime(), createdAt.getTime() + rng.int(0, 7) * dayMs));
  const variants = buildVariants(draft, options);
  const attributes = Object.entries(draft.attributes).flatMap(([name, values]) =>
    [...new Set(values)].map((value) => ({ name, value })),
  );
  return {
    slug,
    title: draft.title,
    description: draft.sentences.filter(Boolean).join(' '),
    status: options.status,
    featured: options.featured,
    brandSlug: brand.slug,
    categoryPath: options.categoryPath,
    createdAt,
    publishedAt,
    variants,
    attributes,
    images: buildImages(draft, slug, options),
  };
}

function combinations(axes: OptionAxis[]): { values: Record<string, string>; factor: number }[] {
  let result = [{ values: {} as Record<string, string>, factor: 1 }];
  for (const axis of axes) {
    result = result.flatMap((combo) =>
      axis.values.map((value, i) => ({
        values: { ...combo.values, [axis.name]: value },
        factor: combo.factor * (axis.factors?.[i] ?? 1),
      })),
    );
  }
  return result;
}

/** A short SKU code for an option value: digits when it has any, else letters ("56", "BLA", "LL"). */
export function optionCode(value: string): string {
  const digits = value.replace(/[^0-9]/g, '');
  if (digits) return digits;
  const words = slugify(value).split('-').filter((word) => word && word !== 'and' && word !== 'of');
  if (words.length === 1) return (words[0] ?? 'X').slice(0, 3).toUpperCase();
  return words.map((word) => word[0]).join('').slice(0, 4).toUpperCase();
}

function buildVariants(draft: ProductDraft, options: BuildOptions): VariantSpec[] {
  const { rng } = options;
  const onSale = rng.chance(0.16);
  const discount = rng.int(10, 35) / 100;
  const saleColour = rng.chance(0.4) ? draft.options.find((axis) => axis.name === 'colour')?.values[0] : undefined;
  const soldOut = rng.chance(0.04);
  const base = `${options.brand.code}-${options.skuPrefix ?? ''}${String(options.number).padStart(4, '0')}`;
  const seen = new Set<string>();
  return combinations(draft.options).map(({ values, factor }, position) => {
    let code = Object.values(values).map(optionCode).join('-');
    if (seen.has(code)) code = `${code}-${position + 1}`;
    seen.add(code);
    const regular = charmPrice(draft.basePrice * factor);
    const discounted = onSale && (saleColour === undefined || values.colour === saleColour);
    return {
      sku: code ? `${base}-${code}` : base,
      title: Object.values(values).join(' / ') || 'Default',
      optionValues: values,
      priceAmount: discounted ? salePrice(regular, discount) : regular,
      compareAtAmount: discounted ? regular : null,
      stockOnHand: soldOut ? 0 : stockLevel(rng, draft.stock),
      weightGrams: Math.round(draft.weightGrams * factor),
      position,
    };
  });
}

const accentPalette = ['#e57a24', '#1f8a8a', '#c8322f', '#f2c230', '#2f6fc8', '#6d4ba3', '#2e8b57'];

function buildImages(draft: ProductDraft, slug: string, options: BuildOptions): ImageSpec[] {
  const { rng } = options;
  const colours = draft.options.find((axis) => axis.name === 'colour')?.values ?? [];
  const count = options.imageCount ?? Math.min(3, colours.length > 1 ? colours.length : rng.int(1, 2));
  const accent = accentPalette[hashSeed(options.brand.slug) % accentPalette.length] ?? '#e57a24';
  const neutral = Object.values(colourHex)[hashSeed(slug) % Object.keys(colourHex).length] ?? '#1f2328';
  const views: ImageSpec['view'][] = ['main', 'detail', 'mirror'];
  return Array.from({ length: count }, (_, position) => {
    const colourName = colours.length > 1 ? colours[position % colours.length] : colours[0];
    const view = colours.length > 1 ? 'main' : (views[position] ?? 'main');
    const alt = colourName
      ? `${draft.title} in ${colourName}${view === 'main' ? '' : `, ${view === 'detail' ? 'close-up' : 'side view'}`}`
      : `${draft.title}${view === 'main' ? '' : view === 'detail' ? ', close-up' : ', side view'}`;
    // Tagged with its colour when colours tell variants apart, so the page can follow the choice.
    const optionValues: Record<string, string> = colours.length > 1 && colourName ? { colour: colourName } : {};
    const image = { kind: draft.image, colour: colourName ? hexFor(colourName) : neutral, accent, view, title: draft.title, alt, position, optionValues };
    return { ...image, file: `${slug}-${position + 1}.svg` };
  });
}
