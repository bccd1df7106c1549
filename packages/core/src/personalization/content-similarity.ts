// Content similarity: products alike in category, brand, attributes and title words. It needs
// no behaviour at all, so it is what new products are recommended by until people interact with
// them. Features are weighted TF-IDF (rare features say more), compared by cosine; an inverted
// index means each product is only compared with products sharing at least one feature.
import { best, round } from './co-occurrence.ts';
import type { NeighbourTable, ProductFeatures, ScoredProduct } from './types.ts';

/** How much each kind of feature counts, before IDF. */
const FEATURE_WEIGHTS = { leafCategory: 3, parentCategory: 1, brand: 1.5, attribute: 1, titleWord: 0.75 };

export interface ContentSimilarityOptions {
  topK?: number;
  /** Features shared by more than this share of products are too common to find candidates by. Default 0.2. */
  maxCandidateFeatureShare?: number;
}

export function contentNeighbours(products: readonly ProductFeatures[], options: ContentSimilarityOptions = {}): NeighbourTable {
  const topK = options.topK ?? 20;
  const vectors = products.map((product) => rawFeatures(product));
  const documentFrequency = new Map<string, number>();
  for (const vector of vectors) for (const feature of vector.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);

  const n = products.length;
  const weighted = vectors.map((vector) => {
    const out = new Map<string, number>();
    for (const [feature, weight] of vector) out.set(feature, weight * Math.log(1 + n / (documentFrequency.get(feature) ?? 1)));
    return { vector: out, norm: Math.sqrt([...out.values()].reduce((sum, w) => sum + w * w, 0)) };
  });

  // Inverted index over the features rare enough to pick candidates by.
  const maxShare = options.maxCandidateFeatureShare ?? 0.2;
  const postings = new Map<string, number[]>();
  weighted.forEach(({ vector }, index) => {
    for (const feature of vector.keys()) {
      if ((documentFrequency.get(feature) ?? 0) > Math.max(2, maxShare * n)) continue;
      const list = postings.get(feature) ?? [];
      list.push(index);
      postings.set(feature, list);
    }
  });

  const table: NeighbourTable = new Map();
  weighted.forEach(({ vector, norm }, index) => {
    const candidates = new Set<number>();
    for (const feature of vector.keys()) for (const other of postings.get(feature) ?? []) if (other !== index) candidates.add(other);
    const scored: ScoredProduct[] = [];
    for (const other of candidates) {
      const target = weighted[other]!;
      let dot = 0;
      for (const [feature, weight] of vector) dot += weight * (target.vector.get(feature) ?? 0);
      if (dot > 0 && norm > 0 && target.norm > 0) scored.push({ productId: products[other]!.productId, score: round(dot / (norm * target.norm)) });
    }
    table.set(products[index]!.productId, best(scored, topK));
  });
  return table;
}

function rawFeatures(product: ProductFeatures): Map<string, number> {
  const features = new Map<string, number>();
  const add = (feature: string, weight: number) => features.set(feature, Math.max(features.get(feature) ?? 0, weight));
  const path = product.categoryPath;
  path.forEach((category, depth) => add(`c:${category}`, depth === path.length - 1 ? FEATURE_WEIGHTS.leafCategory : FEATURE_WEIGHTS.parentCategory));
  if (product.brandId) add(`b:${product.brandId}`, FEATURE_WEIGHTS.brand);
  for (const attribute of product.attributes) add(`a:${attribute.toLowerCase()}`, FEATURE_WEIGHTS.attribute);
  for (const word of titleWords(product.title)) add(`t:${word}`, FEATURE_WEIGHTS.titleWord);
  return features;
}

function titleWords(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);
}
