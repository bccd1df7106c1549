// The ring bar on the store's own ring page: "first site", "random site" and "last site" go
// through the API's ring navigation (which counts the visit and skips sites that are down) and
// answer with its redirect, so the store's pages link only to their own origin.
import { error, redirect } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';
import type { RequestHandler } from './$types';

const DIRECTIONS = new Set(['next', 'prev', 'random']);

export const GET: RequestHandler = async ({ params, fetch }) => {
  if (!DIRECTIONS.has(params.direction)) error(404, 'Not found');
  const upstream = await fetch(`${apiUrl()}/rings/${encodeURIComponent(params.slug)}/${params.direction}`, { redirect: 'manual' }).catch(() => null);
  if (!upstream) error(503, 'The web ring is unavailable right now.');
  const location = upstream.headers.get('location');
  if (upstream.status === 404) error(404, 'No such web ring');
  if (upstream.status !== 302 || !location) error(503, 'The web ring is unavailable right now.');
  redirect(303, location);
};
