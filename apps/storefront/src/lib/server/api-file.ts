// Passes a file the API serves (sitemaps) through this origin; see @tandem/web-kit/api-file-proxy.
import { passThroughApiFile as passThrough } from '@tandem/web-kit/api-file-proxy';
import { apiUrl } from './api';

export function passThroughApiFile(fetch: typeof globalThis.fetch, request: Request, apiPath: string, what: string): Promise<Response> {
  return passThrough(apiUrl(), apiPath, request, fetch, what);
}
