// 200 varied search requests derived from the benchmark catalog (seeded, so every target gets
// the same list): exact words, typos, prefixes, two-word queries, synonyms, with and without
// filters (category, brand, price range, in stock), all with facet counts, and sorts. Two
// random title words must both match, so more than half of this mix finds nothing: the
// shopper mix (shopper-queries.ts) is the one that looks like a store's searches.
import type { PrismaClient } from '@tandem/db';
import type { SearchRequest, SearchSort } from '@tandem/search';
import { seededRandom } from './stats.ts';

export interface BenchQuery {
  kind: string;
  request: SearchRequest;
}

const SORTS: SearchSort[] = ['relevance', 'relevance', 'relevance', 'price-asc', 'newest', 'best-offer'];

/** One letter dropped or two swapped, inside a word of 5 letters or more (shorter words are left as they are). */
export function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** Lower-case words of 5 letters or more, without digits, in these texts, each once. */
export function catalogWords(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 5 && !/\d/.test(w)))];
}

/** What the filters and sort of a query may be drawn from. */
export interface FilterChoices {
  categories: string[];
  brands: string[];
}

export async function filterChoices(prisma: PrismaClient): Promise<FilterChoices> {
  const categories = (await prisma.category.findMany({ select: { path: true } })).map((c) => c.path);
  const brands = (await prisma.brand.findMany({ select: { slug: true } })).map((b) => b.slug);
  return { categories, brands };
}

/** One filter kind in five each (none, category, brand, price range, in stock): the old mix's draw. */
export function drawFilter(choices: FilterChoices, random: () => number): { filters: NonNullable<SearchRequest['filters']>; filtered: boolean } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const filters: SearchRequest['filters'] = {};
  const filterKind = Math.floor(random() * 5);
  if (filterKind === 1) filters.category = pick(choices.categories);
  if (filterKind === 2) filters.brands = [pick(choices.brands)];
  if (filterKind === 3) Object.assign(filters, { priceMin: 2_000, priceMax: 150_000 });
  if (filterKind === 4) filters.inStock = true;
  return { filters, filtered: filterKind !== 0 };
}

export async function benchQueries(prisma: PrismaClient, count = 200): Promise<BenchQuery[]> {
  const random = seededRandom(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const titles = (await prisma.product.findMany({ where: { status: 'ACTIVE' }, select: { title: true }, take: 2_000, orderBy: { id: 'asc' } })).map((p) => p.title);
  const words = catalogWords(titles);
  const choices = await filterChoices(prisma);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const word = pick(words);
    const variants: [string, string][] = [
      ['exact word', word],
      ['typo', typo(word, random)],
      ['prefix', word.slice(0, 4)],
      ['two words', `${word} ${pick(words)}`],
      ['two words, one typo', `${typo(word, random)} ${pick(words)}`],
      ['synonym', pick(['bicycle', 'tire', 'mtb', 'gray', 'aluminum'])],
    ];
    const [kind, query] = pick(variants);
    const { filters, filtered } = drawFilter(choices, random);
    queries.push({ kind: `${kind}${filtered ? ' + filter' : ''}`, request: { query, filters, sort: pick(SORTS), pageSize: 24, facets: true } });
  }
  return queries;
}
