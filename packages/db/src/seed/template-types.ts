// The shape of a product template: given a brand and a random stream, it drafts one product
// (title, copy, options, attributes, price). The product factory turns a draft into rows.
import type { BrandData } from './data/brands.ts';
import type { Random } from './random.ts';

/** What the SVG generator can draw. */
export type ImageKind =
  | 'road-bike' | 'mtb' | 'e-bike' | 'kids-bike'
  | 'chainring' | 'wheel' | 'brake' | 'handlebar'
  | 'jersey' | 'shorts' | 'jacket' | 'gloves'
  | 'helmet' | 'light' | 'lock' | 'bag' | 'pump'
  | 'bar' | 'gel' | 'bottle';

/** One option a shopper chooses (size, colour, pack); `factors` scale price and weight per value. */
export interface OptionAxis {
  name: string;
  values: string[];
  factors?: number[];
}

export interface ProductDraft {
  title: string;
  /** A fixed slug for products other code refers to; otherwise derived from the title. */
  slug?: string;
  sentences: string[];
  attributes: Record<string, string[]>;
  options: OptionAxis[];
  /** Price of the cheapest option combination, in euros (charm-rounded later). */
  basePrice: number;
  weightGrams: number;
  image: ImageKind;
  /** Typical stock per variant when well stocked. */
  stock: [number, number];
}

export interface TemplateContext {
  rng: Random;
  brand: BrandData;
}

export interface ProductTemplate {
  /** Category path, e.g. "bikes/road". */
  category: string;
  /** How many products the demo catalog draws from this template. */
  count: number;
  /** Brand slugs that make this kind of product. */
  brands: string[];
  /** A one-off product with a fixed slug; the benchmark generator does not repeat it. */
  oneOff?: boolean;
  build(ctx: TemplateContext): ProductDraft;
}

/** A value between min and max, scaled by position (0..1) plus a little noise. */
export function priceBetween(rng: Random, min: number, max: number, position: number): number {
  const jitter = (rng.next() - 0.5) * 0.12;
  const t = Math.min(1, Math.max(0, position + jitter));
  return min + (max - min) * t;
}

/** The option-less axis list for single-variant products. */
export const noOptions: OptionAxis[] = [];
