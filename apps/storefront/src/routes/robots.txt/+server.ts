import { robotsTxt } from '$lib/seo/robots';
import { publicOrigin } from '$lib/server/public-origin';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
  new Response(robotsTxt(publicOrigin(url)), { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
