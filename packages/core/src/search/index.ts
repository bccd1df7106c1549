// The search context's only public door: the search service for shoppers, the document builder,
// the sync job handlers and the full reindex.
export { createSearchService, type SearchService, type SearchPage, type SearchHitView } from './search-service.ts';
export { buildSearchDocuments, bestOfferPriceAmount, productRating, type BuiltDocuments } from './search-documents.ts';
export { syncProductsToSearch } from './sync-products.ts';
export { searchJobHandlers, SEARCH_SYNC_JOB, SEARCH_SYNC_BATCH } from './search-jobs.ts';
export { reindexAll, startReindex, type ReindexOptions, type ReindexProgress, type StartedReindex } from './reindex.ts';
export { latestReindex, ReindexRunningError, type ReindexView } from './reindex-record.ts';
export { requestReindex } from './reindex-request.ts';
export { storeSearchSettings } from './store-settings.ts';
export { ensureSearchIndexed, dropAbandonedRebuilds, type EnsureIndexedResult } from './ensure-indexed.ts';
export { readSearchStatus, type SearchStatus, type FailedSearchSync } from './search-status.ts';
export { searchDocumentPages, type DocumentPagesOptions } from './search-document-pages.ts';
