// `@tandem/search/meilisearch`: a Meilisearch server as the search engine.
export { MeilisearchEngine, type MeilisearchEngineOptions } from './meilisearch-engine.ts';
export { meilisearchClientConfig } from './meilisearch-client-config.ts';
export { toMeiliProduct, type MeiliProduct } from './meilisearch-documents.ts';
export { REBUILD_WRITES_IN_FLIGHT } from './meilisearch-rebuild.ts';
export { storeSearchQueries, type StoreSearchQueries } from './meilisearch-search-request.ts';
export { meiliSettings } from './meilisearch-settings.ts';
