// The storefront's only way to the API: a typed tRPC client, one per request (hooks.server.ts
// puts it on `event.locals.api`) so it uses SvelteKit's request-scoped `fetch` and speaks for
// the shopper of that request.
import { env } from '$env/dynamic/private';
import type { AppRouter } from '@tandem/api';
import { createApiClient } from '@tandem/web-kit/api-client';
import type { ApiAuth } from '@tandem/web-kit/api-auth';

export type Api = ReturnType<typeof createApi>;

/** Where the API listens; `API_URL` overrides the local default. */
export function apiUrl(): string {
  return (env.API_URL || 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

export function createApi(fetch: typeof globalThis.fetch, auth: ApiAuth) {
  return createApiClient<AppRouter>(apiUrl(), fetch, auth, env.INTERNAL_API_SECRET || undefined);
}
