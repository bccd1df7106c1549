import { proxyWidget } from '$lib/server/widget-proxy';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ fetch, request, url }) => proxyWidget(fetch, request, `/widget/crosslinks${url.search}`);
