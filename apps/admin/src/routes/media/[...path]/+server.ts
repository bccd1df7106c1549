// Product images (the catalog editor shows them), passed through from the API (see @tandem/web-kit/media-proxy).
import { proxyMedia } from '@tandem/web-kit/media-proxy';
import { apiUrl } from '$lib/server/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request, fetch }) => proxyMedia(apiUrl(), params.path, request, fetch);
