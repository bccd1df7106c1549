// `@tandem/search/postgres/statements`: the search statement, the one it replaced and the query
// analysis, for benchmarks that time and compare them (bench:search-statements). Not for the store.
export { analyseQuery } from './query-analysis.ts';
export { referenceSearchStatement } from './reference-search-statement.ts';
export { runStatement, searchStatement, type MatchMode, type StatementRow } from './search-statement.ts';
