// Which of a product's images shows a given variant. An image tagged with option values
// ({"colour": "Red"}) shows the variants that have all of them; an untagged image shows the
// product as a whole. The product page and the cart line both show the variant's own image,
// so choosing a colour changes the picture as well as the price and SKU.
import type { ImageView } from './types.ts';
import { toOptionValues } from './variant-values.ts';

/** An image row as read from the database, with its option values column. */
export interface TaggedImage extends ImageView {
  optionValues: unknown;
}

/** Whether every option value the image is tagged with is one the variant has. */
function shows(tags: Record<string, string>, variant: Record<string, string>): boolean {
  const entries = Object.entries(tags);
  return entries.length > 0 && entries.every(([name, value]) => variant[name] === value);
}

/**
 * The image to show for a variant: the first (by position) tagged with option values the
 * variant has, else the first untagged image, else the first image at all; null with none.
 *
 * @example imageForVariant(images, { colour: 'Red', size: 'M' }) // the image tagged {colour: 'Red'}
 */
export function imageForVariant(images: readonly TaggedImage[], variantOptions: Record<string, string>): ImageView | null {
  const tagged = images.map((image) => ({ image, tags: toOptionValues(image.optionValues) }));
  const pick = tagged.find(({ tags }) => shows(tags, variantOptions)) ?? tagged.find(({ tags }) => Object.keys(tags).length === 0) ?? tagged[0];
  return pick ? plainImage(pick.image) : null;
}

/** The image without its tags, as shoppers' views carry it. */
export function plainImage({ url, alt, width, height }: TaggedImage): ImageView {
  return { url, alt, width, height };
}
