// The SearchEngine port: what the store needs from a product search engine, whatever runs it
// (PostgreSQL full-text by default, Meilisearch at scale). Adapters implement it; the contract
// suite in ./contract checks that every adapter behaves the same.

/** A money amount in minor units; the currency travels on the document. */
export type MinorUnits = number;

/**
 * One published product as the search engine sees it. Built by the search context's document
 * builder from the catalog; drafts, archived and deleted products are never indexed (the
 * builder removes them instead).
 */
export interface SearchDocument {
  id: string;
  slug: string;
  title: string;
  description: string;
  brand: { slug: string; name: string } | null;
  /** The product's own category. */
  category: { slug: string; name: string; path: string };
  /** Every ancestor path plus its own, root first ("bikes", "bikes/road"), so a category filter covers sub-trees. */
  categoryPaths: string[];
  /** Names of the category and its ancestors, searched with the brand. */
  categoryNames: string[];
  attributes: { name: string; value: string }[];
  skus: string[];
  priceMinAmount: MinorUnits;
  priceMaxAmount: MinorUnits;
  /** Regular price of the cheapest variant when it is on sale. */
  compareAtAmount: MinorUnits | null;
  currency: string;
  /** The lowest total price among the store's own price and other offers (price comparison). */
  bestPriceAmount: MinorUnits;
  inStock: boolean;
  /** Average review rating 1–5, or null while the product has no reviews. */
  ratingAverage: number | null;
  ratingCount: number;
  image: { url: string; alt: string; width: number; height: number } | null;
  /** ISO timestamp; "newest" sorts on it. */
  createdAt: string;
}

export type SearchSort = 'relevance' | 'price-asc' | 'price-desc' | 'newest' | 'rating' | 'best-offer';

export interface SearchFilters {
  /** A category path; matches the category and everything under it. */
  category?: string | undefined;
  /** Brand slugs, OR-ed. */
  brands?: string[] | undefined;
  priceMin?: MinorUnits | undefined;
  priceMax?: MinorUnits | undefined;
  /** Only products whose best offer (own price or other offers) is at most this. */
  bestPriceMax?: MinorUnits | undefined;
  /** Attribute name → accepted values; values of one name are OR-ed, names AND-ed. */
  attributes?: Record<string, string[]> | undefined;
  inStock?: boolean | undefined;
}

export interface SearchRequest {
  /** What the shopper typed; empty lists everything that passes the filters. */
  query: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  /** Count facets (default true). */
  facets?: boolean;
}

/** A piece of highlighted text: `match` marks the parts that matched the query. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  document: SearchDocument;
  /** The title with matched words marked. */
  titleHighlight: TextSegment[];
  /** A short extract of the description around the matches (empty when none matched). */
  snippet: TextSegment[];
}

export interface FacetCount {
  /** What to filter by: a category path, a brand slug, an attribute value. */
  value: string;
  /** What to show: the category or brand name, the attribute value. */
  label: string;
  count: number;
}

/** Facet counts, each facet counted under every filter but its own (disjunctive faceting). */
export interface SearchFacets {
  categories: FacetCount[];
  brands: FacetCount[];
  attributes: { name: string; values: FacetCount[] }[];
  inStock: number;
  price: { min: MinorUnits; max: MinorUnits } | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  facets: SearchFacets | null;
  /** A corrected query when the shopper's words look misspelt, else null. */
  didYouMean: string | null;
}

export interface Suggestions {
  /** Completions of what was typed, from the indexed vocabulary. */
  queries: string[];
  products: { id: string; slug: string; title: string; titleHighlight: TextSegment[] }[];
}

/** Store-wide search settings, applied idempotently (the same settings twice change nothing). */
export interface SearchSettings {
  /** Each key is also found by its listed words, and they by it ("bike" ↔ "bicycle"). */
  synonyms: Record<string, string[]>;
  /** Words ignored in queries ("the", "for"). */
  stopWords: string[];
}

/** A write the engine itself reported as failed (Meilisearch's task), for the admin and logs. */
export interface EngineFailure {
  /** What was attempted ("documentAdditionOrUpdate", "settingsUpdate", …). */
  what: string;
  /** The engine's error code and message; never the server's address or key. */
  error: string;
  /** ISO timestamp. */
  at: string;
}

/** What the engine says about its index, for `/health` and the admin's search panel. */
export interface SearchEngineStatus {
  /** Documents the index holds now. */
  documents: number;
  /** Writes the engine has accepted but not applied yet (0 when it applies them synchronously). */
  pendingWrites: number;
  /** The latest failed writes, newest first (at most five). */
  recentFailures: EngineFailure[];
}

/**
 * A full rebuild being filled: documents go to a fresh index that shoppers do not see, and
 * `commit` swaps it in as one step, so searches never meet an empty or half-filled index.
 *
 * @example
 * const rebuild = await engine.rebuild!(storeSearchSettings);
 * try {
 *   for await (const page of pages) await rebuild.add(page);
 *   await rebuild.commit();
 * } catch (error) {
 *   await rebuild.abort();
 *   throw error;
 * }
 */
export interface IndexRebuild {
  /**
   * Hands documents to the fresh index. Resolves once the engine has accepted them, which may be
   * before they are indexed (a few writes stay in flight); a failed write throws here or at commit.
   */
  add(documents: SearchDocument[]): Promise<void>;
  /** Waits for every write, then makes the fresh index the live one; throws, leaving the live index as it was, when any write failed. */
  commit(): Promise<void>;
  /** Drops the fresh index; the live one stays as it was. Safe after a failed commit. */
  abort(): Promise<void>;
}

/**
 * A product search engine. Every method is safe to repeat: indexing a document again replaces
 * it, removing an absent one does nothing.
 *
 * @example
 * await engine.applySettings({ synonyms: { bike: ['bicycle'] }, stopWords: ['the'] });
 * await engine.index(documents);
 * const page = await engine.search({ query: 'carbon rodd bike', filters: { inStock: true }, sort: 'price-asc' });
 */
export interface SearchEngine {
  readonly name: string;
  applySettings(settings: SearchSettings): Promise<void>;
  /** Adds or replaces documents; resolves when they are searchable. */
  index(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by product id; resolves when they are gone from results. */
  remove(ids: string[]): Promise<void>;
  /** Removes every document (start of an in-place rebuild, for engines without `rebuild`). */
  clear(): Promise<void>;
  /**
   * Starts a rebuild into a fresh index with these settings, swapped in whole at commit. Engines
   * without it are rebuilt in place (`clear`, then `index`).
   */
  rebuild?(settings: SearchSettings): Promise<IndexRebuild>;
  /**
   * Deletes the fresh indexes of rebuilds that started before `startedBefore` and were never
   * swapped in or dropped (their process crashed); resolves to their names. Engines without
   * `rebuild` have none. Call it only while no other rebuild runs (the reindex claim).
   */
  dropAbandonedRebuilds?(startedBefore: Date): Promise<string[]>;
  /**
   * Whether the live index holds documents in a format this adapter no longer writes (an index
   * built by an older release); the API rebuilds such an index at start. Engines whose documents
   * live in the store's own database never are.
   */
  indexOutdated?(): Promise<boolean>;
  search(request: SearchRequest): Promise<SearchResult>;
  suggest(prefix: string, limit?: number): Promise<Suggestions>;
  /** Counts and recent failures of the index; throws when the engine does not answer. */
  status(): Promise<SearchEngineStatus>;
  /** Releases connections the adapter holds (not the database the caller passed in). */
  close?(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 24;
