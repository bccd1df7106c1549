export type * from './port.ts';
export { DEFAULT_PAGE_SIZE } from './port.ts';
export { segmentsFromMarked, hasMatch } from './highlight.ts';
export { queryWords } from './query-words.ts';
export { PostgresSearchEngine } from './postgres/postgres-engine.ts';
export { MeilisearchEngine, type MeilisearchEngineOptions } from './meilisearch/meilisearch-engine.ts';
export { createSearchEngine } from './create-search-engine.ts';
