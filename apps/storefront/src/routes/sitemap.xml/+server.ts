// The sitemap index on the shop's own origin (built by the API for PUBLIC_STORE_URL).
import { passThroughApiFile } from '$lib/server/api-file';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, fetch }) => passThroughApiFile(fetch, request, '/sitemap.xml', 'Sitemaps');
