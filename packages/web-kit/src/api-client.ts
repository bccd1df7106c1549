// A front end's typed tRPC client for one request: it uses SvelteKit's request-scoped `fetch`
// and speaks for the person behind that request (headers are read per call, so a token an action
// just received reaches the loads after it).
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { apiHeaders, type ApiAuth } from './api-auth.ts';

/** The API refuses a batch of more calls (MAX_TRPC_BATCH in apps/api/src/request-limits.ts); larger loads are split. */
const MAX_BATCH_CALLS = 10;

let warnedNoSecret = false;

/**
 * A tRPC client speaking for `auth`. `internalSecret` is the server's INTERNAL_API_SECRET, which
 * lets the API believe the shopper's address this server forwards (docs/deploy.md).
 */
export function createApiClient<TRouter extends AnyTRPCRouter>(baseUrl: string, fetch: typeof globalThis.fetch, auth: ApiAuth, internalSecret?: string) {
  if (!internalSecret && !warnedNoSecret) {
    warnedNoSecret = true;
    console.warn('INTERNAL_API_SECRET is not set: the API counts every shopper of this server as one address in its rate limits (docs/deploy.md).');
  }
  // Tandem's API has no data transformer; the cast tells TypeScript what it cannot infer for a generic router.
  const options = { url: `${baseUrl.replace(/\/+$/, '')}/trpc`, fetch, headers: () => apiHeaders(auth, internalSecret), maxItems: MAX_BATCH_CALLS } as unknown as Parameters<typeof httpBatchLink<TRouter>>[0];
  return createTRPCClient<TRouter>({ links: [httpBatchLink<TRouter>(options)] });
}
