// Which partner items fit a product: items tied to the product's category (or an ancestor,
// weaker) and items whose keywords appear in the product's title, attributes or category names.
// Pure, so the ranking is tested without a database.

export interface ProductTopic {
  /** The product's category first, then its ancestors up to the root. */
  categoryTrail: readonly string[];
  /** Lower-case words of the title, attribute values and category names. */
  words: ReadonlySet<string>;
}

export interface RankableItem {
  id: string;
  categoryIds: readonly string[];
  keywords: readonly string[];
  updatedAt: Date;
}

/** Lower-case words of a text (letters and digits), for keyword matching. */
export function wordsOf(...texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []));
}

/** 3 for the product's own category, 2 for an ancestor, plus 1 per matching keyword; 0 = unrelated. */
export function relevance(item: RankableItem, topic: ProductTopic): number {
  const depth = item.categoryIds.reduce((best, id) => {
    const at = topic.categoryTrail.indexOf(id);
    return at === -1 ? best : Math.max(best, at === 0 ? 3 : 2);
  }, 0);
  return depth + item.keywords.filter((k) => topic.words.has(k)).length;
}

/** The `limit` most relevant items, newest first among equals; unrelated items never. */
export function rankItems<T extends RankableItem>(items: readonly T[], topic: ProductTopic, limit: number): T[] {
  return items
    .map((item) => ({ item, score: relevance(item, topic) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.item.updatedAt.getTime() - a.item.updatedAt.getTime() || a.item.id.localeCompare(b.item.id))
    .slice(0, limit)
    .map((x) => x.item);
}
