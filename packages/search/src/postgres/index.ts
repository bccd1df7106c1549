// `@tandem/search/postgres`: full-text search on the store's own database (PGlite or server).
export { PostgresSearchEngine } from './postgres-engine.ts';
