import { describe, expect, it } from 'vitest';
import { buildDemoCatalog } from './demo-catalog.ts';
import { buildGeneratedProducts } from './generate-catalog.ts';

describe('buildDemoCatalog', () => {
  const specs = buildDemoCatalog();
  const variants = specs.flatMap((spec) => spec.variants);

  it('is deterministic', () => {
    expect(JSON.stringify(buildDemoCatalog())).toBe(JSON.stringify(specs));
  });

  it('has at least 220 products with unique slugs and SKUs', () => {
    expect(specs.length).toBeGreaterThanOrEqual(220);
    expect(new Set(specs.map((spec) => spec.slug)).size).toBe(specs.length);
    expect(new Set(variants.map((variant) => variant.sku)).size).toBe(variants.length);
  });

  it('prices every variant as a positive integer, with compare-at prices only above the price', () => {
    for (const variant of variants) {
      expect(Number.isInteger(variant.priceAmount) && variant.priceAmount > 0).toBe(true);
      if (variant.compareAtAmount !== null) expect(variant.compareAtAmount).toBeGreaterThan(variant.priceAmount);
    }
    expect(variants.some((variant) => variant.compareAtAmount !== null)).toBe(true);
  });

  it('keeps prices in a sensible range per category', () => {
    const minPrice = (path: string) => Math.min(...specs.filter((s) => s.categoryPath === path).flatMap((s) => s.variants.map((v) => v.compareAtAmount ?? v.priceAmount)));
    const maxPrice = (path: string) => Math.max(...specs.filter((s) => s.categoryPath === path).flatMap((s) => s.variants.map((v) => v.priceAmount)));
    expect(minPrice('bikes/road')).toBeGreaterThanOrEqual(899_00);
    expect(maxPrice('bikes/road')).toBeLessThanOrEqual(8_999_00);
    const singleGels = specs.filter((s) => s.categoryPath === 'nutrition/gels').flatMap((s) => s.variants.filter((v) => v.optionValues.pack === 'Single'));
    for (const gel of singleGels) expect(gel.compareAtAmount ?? gel.priceAmount).toBeGreaterThanOrEqual(1_99);
    for (const gel of singleGels) expect(gel.compareAtAmount ?? gel.priceAmount).toBeLessThanOrEqual(4_00);
  });

  it('includes hidden, featured, low-stock and sold-out products', () => {
    const hidden = specs.filter((spec) => spec.status !== 'ACTIVE').length;
    expect(hidden / specs.length).toBeGreaterThan(0.05);
    expect(hidden / specs.length).toBeLessThan(0.15);
    expect(specs.filter((spec) => spec.featured)).toHaveLength(12);
    expect(variants.some((variant) => variant.stockOnHand === 0)).toBe(true);
    expect(variants.some((variant) => variant.stockOnHand >= 1 && variant.stockOnHand <= 4)).toBe(true);
  });

  it('includes the future configurable products as ordinary active products', () => {
    for (const slug of ['custom-build-road-bike-frame-kit', 'made-to-measure-team-jersey']) {
      expect(specs.find((spec) => spec.slug === slug)?.status).toBe('ACTIVE');
    }
  });

  it('gives every product 1–3 images and dates within the year before the base date', () => {
    for (const spec of specs) {
      expect(spec.images.length).toBeGreaterThanOrEqual(1);
      expect(spec.images.length).toBeLessThanOrEqual(3);
      expect(spec.createdAt.getTime()).toBeLessThan(Date.parse('2026-11-01T00:00:00Z'));
      expect(spec.createdAt.getTime()).toBeGreaterThan(Date.parse('2025-10-31T00:00:00Z'));
    }
  });

  it('tags each image of a product sold in several colours with the colour it shows', () => {
    const multicolour = specs.filter((spec) => new Set(spec.variants.map((v) => v.optionValues.colour).filter(Boolean)).size > 1);
    expect(multicolour.length).toBeGreaterThan(0);
    for (const spec of multicolour) {
      const colours = new Set(spec.variants.map((v) => v.optionValues.colour));
      for (const image of spec.images) expect(colours.has(image.optionValues.colour), image.alt).toBe(true);
    }
  });
});

describe('buildGeneratedProducts', () => {
  it('builds the same products for a range whatever the batch boundaries', () => {
    const whole = buildGeneratedProducts(3, 0, 40);
    const parts = [...buildGeneratedProducts(3, 0, 15), ...buildGeneratedProducts(3, 15, 40)];
    expect(JSON.stringify(parts)).toBe(JSON.stringify(whole));
    expect(whole.every((spec) => spec.status === 'ACTIVE' && spec.images.every((image) => image.file.startsWith('pool-')))).toBe(true);
  });
});
