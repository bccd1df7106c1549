// Search for shoppers: validated queries go to the engine chosen at start-up; results come back
// as product cards with money values, highlighted titles and snippets.
import type { SearchDocument, SearchEngine, SearchFacets, TextSegment } from '@tandem/search/port';
import type { SearchQuery, SearchSuggestInput } from '@tandem/validators';
import { DomainError, money, type Money } from '../shared/index.ts';
import { isConfigurableMark } from './search-documents.ts';

export interface SearchHitView {
  id: string;
  slug: string;
  title: string;
  titleHighlight: TextSegment[];
  snippet: TextSegment[];
  brand: { slug: string; name: string } | null;
  category: { slug: string; name: string; path: string };
  price: { min: Money; max: Money };
  /** A configurable product: the price is its cheapest valid build, shown as "from". */
  configurable: boolean;
  compareAt: Money | null;
  /** The best offer: the store's price today, the cheapest offer anywhere once offers exist. */
  bestPrice: Money;
  inStock: boolean;
  rating: { average: number; count: number } | null;
  image: SearchDocument['image'];
}

export interface SearchPage {
  query: string;
  hits: SearchHitView[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  facets: SearchFacets | null;
  didYouMean: string | null;
}

export interface SearchService {
  query(input: SearchQuery): Promise<SearchPage>;
  suggest(input: Required<Pick<SearchSuggestInput, 'q'>> & { limit?: number }): ReturnType<SearchEngine['suggest']>;
}

export function createSearchService(engine: SearchEngine): SearchService {
  return {
    async query(input) {
      const result = await unavailableOnFailure(() =>
        engine.search({
          query: input.q,
          filters: {
            category: input.category,
            brands: input.brands,
            priceMin: input.minPrice,
            priceMax: input.maxPrice,
            bestPriceMax: input.maxBestPrice,
            attributes: input.attributes,
            inStock: input.inStock,
          },
          sort: input.sort,
          page: input.page,
          pageSize: input.pageSize,
          facets: input.withFacets,
        }),
      );
      return {
        query: input.q,
        hits: result.hits.map((hit) => ({ ...toCard(hit.document), titleHighlight: hit.titleHighlight, snippet: hit.snippet })),
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        pageCount: Math.ceil(result.total / result.pageSize),
        facets: result.facets,
        didYouMean: result.didYouMean,
      };
    },
    suggest(input) {
      return unavailableOnFailure(() => engine.suggest(input.q, input.limit ?? 6));
    },
  };
}

function toCard(doc: SearchDocument): Omit<SearchHitView, 'titleHighlight' | 'snippet'> {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    brand: doc.brand,
    category: doc.category,
    price: { min: money(doc.priceMinAmount, doc.currency), max: money(doc.priceMaxAmount, doc.currency) },
    configurable: doc.attributes.some(isConfigurableMark),
    compareAt: doc.compareAtAmount === null ? null : money(doc.compareAtAmount, doc.currency),
    bestPrice: money(doc.bestPriceAmount, doc.currency),
    inStock: doc.inStock,
    rating: doc.ratingAverage === null ? null : { average: doc.ratingAverage, count: doc.ratingCount },
    image: doc.image,
  };
}

/** An engine that cannot answer (a Meilisearch server down) is the shopper's "try again later". */
async function unavailableOnFailure<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    console.error('search engine failed:', error);
    throw new DomainError('unavailable', 'Search is unavailable right now. Please try again in a moment.');
  }
}
