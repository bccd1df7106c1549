import { SearchQueryInput, SearchSuggestInput } from '@tandem/validators';
import { publicProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const searchRouter = router({
  query: publicProcedure
    .meta(rest('POST', '/search', { tag: 'Search', summary: 'Search products', description: 'Full-text search with filters, facets and pages, sent as a JSON body.' }))
    .input(SearchQueryInput)
    .query(({ ctx, input }) => ctx.services.search.query(input)),
  suggest: publicProcedure
    .meta(rest('GET', '/search/suggest', { tag: 'Search', summary: 'Suggestions while typing' }))
    .input(SearchSuggestInput)
    .query(({ ctx, input }) => ctx.services.search.suggest(input)),
});
