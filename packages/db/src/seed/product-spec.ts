// The plain-data description of one product and its rows, produced by the product factory and
// written by the catalog writer. Keeping it free of Prisma types lets the factory stay pure.
import type { ImageKind } from './template-types.ts';

export type ProductStatusName = 'DRAFT' | 'ACTIVE' | 'ARCHIVED';

export interface VariantSpec {
  sku: string;
  title: string;
  optionValues: Record<string, string>;
  priceAmount: number;
  compareAtAmount: number | null;
  stockOnHand: number;
  weightGrams: number;
  position: number;
}

/** Everything needed to draw an image and to store its ProductImage row. */
export interface ImageSpec {
  file: string;
  kind: ImageKind;
  colour: string;
  accent: string;
  view: 'main' | 'detail' | 'mirror';
  title: string;
  alt: string;
  position: number;
  /** The variant option values the image shows ({"colour": "Red"}), {} for the whole product. */
  optionValues: Record<string, string>;
}

export interface ProductSpec {
  slug: string;
  title: string;
  description: string;
  status: ProductStatusName;
  featured: boolean;
  brandSlug: string;
  categoryPath: string;
  createdAt: Date;
  publishedAt: Date | null;
  variants: VariantSpec[];
  attributes: { name: string; value: string }[];
  images: ImageSpec[];
}

export const imageSize = { width: 600, height: 450 } as const;
