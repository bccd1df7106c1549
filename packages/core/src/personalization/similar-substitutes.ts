// "Similar products": substitutes of the anchor's kind (a mug for a mug, never its matching
// plate), ranked by what is known about them together with the anchor — content similarity,
// bought or viewed together — and by how much people buy them. Evidence alone ranks the long
// tail of one theme first; on the Online Retail log most purchases are of a kind's few best
// sellers, so a popularity prior on the same-kind candidates, and the kind's own best sellers
// as candidates, are what lift the list above both baselines (docs/decisions.md, #20). The
// product page (one anchor) and the offline evaluation (a shopper's decayed history as
// anchors) both rank through `rankSubstitutes`, so what is measured is what is served.
import { diversify } from './for-you.ts';
import { priceCloseness, type KindLookup } from './product-kinds.ts';
import type { ScoredProduct } from './types.ts';

/** How "Similar products" weighs its evidence; SIMILAR_SETTING is what the store serves. */
export interface SubstituteSetting {
  /** What bought or viewed together counts per unit of score, content similarity counting 1. */
  coPurchaseWeight: number;
  /** The evidence is scaled so the best candidate's is 1; each candidate then gains this × its popularity (the top seller's being 1). */
  popularPrior: number;
  /** This many of the anchor kind's best sellers are candidates even without evidence (the prior ranks them). */
  kindBreadth: number;
}

/**
 * The setting served on product pages and measured by `pnpm eval:recs --history` (learned there
 * on the validation month only by `learnSubstituteSetting`; README "Figures", #20).
 */
export const SIMILAR_SETTING: Readonly<SubstituteSetting> = { coPurchaseWeight: 10, popularPrior: 1, kindBreadth: 10 };

/** What is known about an anchor and its candidates. */
export interface SubstituteEvidence {
  /** The anchor's neighbour lists, best first (the stored SIMILAR, BOUGHT_TOGETHER and VIEWED_TOGETHER lists when serving). */
  neighbours: (productId: string) => { content: readonly ScoredProduct[]; boughtTogether: readonly ScoredProduct[]; viewedTogether: readonly ScoredProduct[] };
  /** Kind and price; a product without it is never a candidate. */
  info: KindLookup;
  /** A kind's best sellers, best first. */
  kindPopular: (kind: string) => readonly ScoredProduct[];
  /** Popularity relative to the top seller (1), 0 when unknown. */
  popularity: (productId: string) => number;
}

/**
 * Evidence from neighbour lists and popular lists as the store keeps them (overall and per
 * category, 50 each): a kind's best sellers are the listed products of that kind by score, and a
 * product's popularity is its score over the best listed one (0 when in no list).
 */
export function substituteEvidence(neighbours: SubstituteEvidence['neighbours'], info: KindLookup, popular: readonly ScoredProduct[]): SubstituteEvidence {
  const scores = new Map(popular.map((p) => [p.productId, p.score]));
  const top = Math.max(0, ...scores.values()) || 1;
  const byKind = new Map<string, ScoredProduct[]>();
  for (const [productId, score] of [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const kind = info(productId)?.kind;
    if (kind === undefined) continue;
    const list = byKind.get(kind) ?? [];
    list.push({ productId, score });
    byKind.set(kind, list);
  }
  return { neighbours, info, kindPopular: (kind) => byKind.get(kind) ?? [], popularity: (productId) => (scores.get(productId) ?? 0) / top };
}

/** A substitute, its score, and the anchor it is most a substitute of (the "Similar to X" reason). */
export interface RankedSubstitute extends ScoredProduct {
  anchorId: string;
}

/**
 * Substitutes for `anchors` (one product on its page; a shopper's history, weighted by recency,
 * in the evaluation): per anchor, candidates of its kind score content + coPurchaseWeight ×
 * (bought together + viewed together), times their price closeness to the anchor, summed over
 * anchors by weight; then scaled so the best is 1 and raised by the popularity prior. Anchors
 * themselves are never candidates. At most three of one kind while others are available.
 *
 * @example rankSubstitutes([{ productId: helmetId, weight: 1 }], evidence, SIMILAR_SETTING, 4)
 */
export function rankSubstitutes(anchors: readonly { productId: string; weight: number }[], evidence: SubstituteEvidence, setting: SubstituteSetting, limit: number): RankedSubstitute[] {
  const own = new Set(anchors.map((a) => a.productId));
  const candidates = new Map<string, { score: number; anchorId: string; best: number }>();
  const consider = (productId: string, anchorId: string, contribution: number) => {
    if (own.has(productId)) return;
    const current = candidates.get(productId);
    if (!current) candidates.set(productId, { score: contribution, anchorId, best: contribution });
    else {
      current.score += contribution;
      if (contribution > current.best) Object.assign(current, { anchorId, best: contribution });
    }
  };
  for (const anchor of anchors) {
    const info = evidence.info(anchor.productId);
    if (!info) continue;
    for (const [productId, score] of anchorEvidence(evidence.neighbours(anchor.productId), setting.coPurchaseWeight)) {
      const candidate = evidence.info(productId);
      if (candidate?.kind === info.kind) consider(productId, anchor.productId, anchor.weight * score * priceCloseness(info.priceAmount, candidate.priceAmount));
    }
    for (const { productId } of evidence.kindPopular(info.kind).slice(0, setting.kindBreadth)) if (evidence.info(productId)?.kind === info.kind) consider(productId, anchor.productId, 0);
  }
  let best = 0;
  for (const c of candidates.values()) best = Math.max(best, c.score);
  const ranked = [...candidates]
    .map(([productId, c]) => ({ productId, anchorId: c.anchorId, score: (best > 0 ? c.score / best : 0) + setting.popularPrior * evidence.popularity(productId) }))
    .sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId));
  return diversify(ranked, limit, 3, (id) => evidence.info(id)?.kind);
}

/** One anchor's evidence per candidate: content + weight × (bought together + viewed together). */
function anchorEvidence(lists: ReturnType<SubstituteEvidence['neighbours']>, coPurchaseWeight: number): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (list: readonly ScoredProduct[], weight: number) => {
    for (const n of list) scores.set(n.productId, (scores.get(n.productId) ?? 0) + weight * n.score);
  };
  add(lists.content, 1);
  add(lists.boughtTogether, coPurchaseWeight);
  add(lists.viewedTogether, coPurchaseWeight);
  return scores;
}
