// Same-origin suggestions for the header's search box: the browser never talks to the API.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const EMPTY = { queries: [], products: [] };

export const GET: RequestHandler = async ({ locals, url, setHeaders }) => {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  setHeaders({ 'cache-control': 'private, max-age=30' });
  if (!q) return json(EMPTY);
  const suggestions = await locals.api.search.suggest.query({ q, limit: 6 }).catch(() => EMPTY);
  return json(suggestions);
};
