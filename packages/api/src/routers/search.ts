import { SearchQueryInput, SearchSuggestInput } from '@tandem/validators';
import { publicProcedure, router } from '../trpc.ts';

export const searchRouter = router({
  query: publicProcedure.input(SearchQueryInput).query(({ ctx, input }) => ctx.services.search.query(input)),
  suggest: publicProcedure.input(SearchSuggestInput).query(({ ctx, input }) => ctx.services.search.suggest(input)),
});
