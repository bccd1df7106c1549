// Outbound links to partner shops: the API logs the click and returns the item's stored
// http(s) URL, the only place this redirects to (no URL is ever read from the request, so
// this is no open redirect). Unknown, unapproved or suspended items are a 404.
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const ITEM_ID = /^[a-z0-9]{1,64}$/;

export const GET: RequestHandler = async ({ params, locals, setHeaders }) => {
  if (!ITEM_ID.test(params.itemId)) error(404, 'There is no such partner link.');
  const target = await locals.api.partnerContent.click.mutate({ itemId: params.itemId }).catch(() => null);
  if (!target) error(404, 'There is no such partner link.');
  setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
  redirect(302, target.url);
};
