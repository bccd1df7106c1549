// The admin's only way to the API: a typed tRPC client per request (hooks.server.ts puts it on
// `event.locals.api`), speaking for the staff member behind the admin session cookie.
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
