import { readSearchState, searchInput } from '$lib/search-state';
import { describeApiError, rethrowApiError } from '@tandem/web-kit/api-error';
import { recordBehaviour } from '$lib/server/visitor';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
  const { api } = locals;
  const state = readSearchState(url.searchParams);
  const errors: string[] = [];
  const result = await api.search.query.query(searchInput(state)).catch(async (cause: unknown) => {
    const failure = describeApiError(cause);
    if (failure.status !== 400) rethrowApiError(cause);
    errors.push(`${failure.message} The filters were reset.`);
    Object.assign(state, { category: '', brands: [], attributes: {}, min: '', max: '', inStock: false, page: 1 });
    return api.search.query.query({ q: state.q, sort: state.sort }).catch(rethrowApiError);
  });
  if (state.q && state.page === 1) void recordBehaviour(locals, [{ type: 'SEARCH', query: state.q.slice(0, 200), resultCount: result.total }]);
  // Nothing found: offer words that exist and the store's popular products instead of a dead end.
  const fallback =
    result.total === 0
      ? await Promise.all([
          longestWord(state.q) ? api.search.suggest.query({ q: longestWord(state.q).slice(0, 3), limit: 6 }).then((s) => s.queries, () => []) : [],
          api.recommendations.popular
            .query({ limit: 4 })
            .then((popular) => (popular.length ? popular : api.catalog.featured.query({ limit: 4 })))
            .catch(() => []),
        ]).then(([suggestions, featured]) => ({ suggestions, featured }))
      : null;
  return { state, result, errors, fallback };
}) satisfies PageServerLoad;

function longestWord(text: string): string {
  return text.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}
