import { proxyWidget } from '$lib/server/widget-proxy';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ fetch, request }) => proxyWidget(fetch, request, '/widget.js');
