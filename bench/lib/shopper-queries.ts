// A search mix shaped like a store's (issue #18): most searches find products — words of a
// product's title or description, the two words of one title, a typo, a prefix, a synonym, a
// brand or category name — and a minority asks for things the store does not sell. Filters,
// when there are any, are the product's own brand or category (a shopper narrows towards what
// is there) or a price range or stock; sorts are mostly relevance. Seeded, so every engine and
// every variant gets the same list. The older bench mix (search-queries.ts) stays beside it.
import type { PrismaClient } from '@tandem/db';
import type { SearchRequest, SearchSort } from '@tandem/search';
import { catalogWords, typo, type BenchQuery } from './search-queries.ts';
import { seededRandom } from './stats.ts';

/** Things a bike shop does not sell; typos of them must not reach the catalog's words either. */
const NOT_SOLD = ['xylophone', 'lawnmower', 'aquarium', 'espresso', 'harmonica', 'snorkel', 'wardrobe', 'telescope', 'chandelier', 'trampoline'];
const SYNONYMS = ['bicycle', 'tire', 'mtb', 'gray', 'aluminum', 'lid', 'shirt', 'cycle'];
const SORTS: SearchSort[] = ['relevance', 'relevance', 'relevance', 'relevance', 'relevance', 'relevance', 'relevance', 'price-asc', 'price-desc', 'newest'];

interface SampledProduct {
  title: string;
  description: string;
  brand: { slug: string; name: string } | null;
  category: { path: string; name: string };
}

/** Query kinds and their weights out of 100. */
const KINDS: [string, number][] = [
  ['title word', 30], ['two title words', 15], ['description word', 10], ['typo', 10], ['prefix', 10],
  ['synonym', 5], ['brand or category name', 5], ['not sold', 10], ['title word + not sold', 5],
];

export async function shopperQueries(prisma: PrismaClient, count = 200): Promise<BenchQuery[]> {
  const random = seededRandom(1812);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sample: SampledProduct[] = await prisma.product.findMany({
    where: { status: 'ACTIVE' },
    select: { title: true, description: true, brand: { select: { slug: true, name: true } }, category: { select: { path: true, name: true } } },
    take: 3_000,
    orderBy: { id: 'asc' },
  });
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const product = pick(sample);
    const titleWords = catalogWords([product.title]);
    const word = titleWords.length ? pick(titleWords) : product.title.toLowerCase();
    const kind = weightedKind(random());
    const query = queryOf(kind, product, word, titleWords, pick, random);
    const { filters, filtered } = shopperFilter(product, random);
    const sort = pick(SORTS);
    const request: SearchRequest = { query, filters, sort, pageSize: 24, facets: true, ...(random() < 0.1 ? { page: 2 } : {}) };
    queries.push({ kind: `${kind}${filtered ? ' + filter' : ''}`, request });
  }
  return queries;
}

function weightedKind(roll: number): string {
  let left = roll * 100;
  for (const [kind, weight] of KINDS) {
    if (left < weight) return kind;
    left -= weight;
  }
  return KINDS[0]![0];
}

function queryOf(kind: string, product: SampledProduct, word: string, titleWords: string[], pick: <T>(items: readonly T[]) => T, random: () => number): string {
  switch (kind) {
    case 'two title words': {
      const other = titleWords.filter((w) => w !== word);
      return other.length ? `${word} ${pick(other)}` : word;
    }
    case 'description word': {
      const words = catalogWords([product.description]);
      return words.length ? pick(words) : word;
    }
    case 'typo': return typo(word, random);
    case 'prefix': return word.slice(0, 3 + Math.floor(random() * 3));
    case 'synonym': return pick(SYNONYMS);
    case 'brand or category name': return (random() < 0.5 && product.brand ? product.brand.name : product.category.name).toLowerCase();
    case 'not sold': return pick(NOT_SOLD);
    case 'title word + not sold': return `${word} ${pick(NOT_SOLD)}`;
    default: return word;
  }
}

/** Six searches in ten unfiltered; else the product's brand, its category's root, a price range, or stock. */
function shopperFilter(product: SampledProduct, random: () => number): { filters: NonNullable<SearchRequest['filters']>; filtered: boolean } {
  const roll = random();
  if (roll < 0.6) return { filters: {}, filtered: false };
  if (roll < 0.7 && product.brand) return { filters: { brands: [product.brand.slug] }, filtered: true };
  if (roll < 0.8) return { filters: { category: product.category.path.split('/')[0]! }, filtered: true };
  if (roll < 0.9) return { filters: { priceMin: 2_000, priceMax: 150_000 }, filtered: true };
  return { filters: { inStock: true }, filtered: true };
}
