// A front end's typed tRPC client for one request: it uses SvelteKit's request-scoped `fetch`
// and speaks for the person behind that request (headers are read per call, so a token an action
// just received reaches the loads after it).
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';
import { apiHeaders, type ApiAuth } from './api-auth.ts';

/** The API refuses a batch of more calls (MAX_TRPC_BATCH in apps/api/src/request-limits.ts); larger loads are split. */
const MAX_BATCH_CALLS = 10;

export function createApiClient<TRouter extends AnyTRPCRouter>(baseUrl: string, fetch: typeof globalThis.fetch, auth: ApiAuth) {
  // Tandem's API has no data transformer; the cast tells TypeScript what it cannot infer for a generic router.
  const options = { url: `${baseUrl.replace(/\/+$/, '')}/trpc`, fetch, headers: () => apiHeaders(auth), maxItems: MAX_BATCH_CALLS } as unknown as Parameters<typeof httpBatchLink<TRouter>>[0];
  return createTRPCClient<TRouter>({ links: [httpBatchLink<TRouter>(options)] });
}
