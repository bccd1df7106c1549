// Small text helpers for labels built from data.

/** "frame-material" → "Frame material". */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Velora Road 105 (M / Black)"; a product's only variant ("Default") adds nothing. */
export function itemTitle(productTitle: string, variantTitle: string): string {
  const variant = variantTitle.trim();
  return variant && variant !== 'Default' ? `${productTitle} (${variant})` : productTitle;
}
