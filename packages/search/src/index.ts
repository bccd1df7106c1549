// The search port: what core depends on (the SearchEngine interface and its types). No adapter is
// reachable from here: the composition root picks one from `@tandem/search/from-env`,
// `/postgres` or `/meilisearch` and hands it to core.
export type * from './port.ts';
export { DEFAULT_PAGE_SIZE } from './port.ts';
