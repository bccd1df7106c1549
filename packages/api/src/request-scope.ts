// The id of the request being served, for errors tRPC answers before the request's context exists
// (an unsupported content type, a batch mixing queries and mutations): the error formatter gets
// no `ctx` then, and reads the id here instead. The HTTP host runs each tRPC request inside
// `withRequestId`.
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<string>();

/** Runs `serve` with `id` as the current request id. */
export function withRequestId<T>(id: string, serve: () => T): T {
  return scope.run(id, serve);
}

/** The id of the request `withRequestId` is serving, or null outside one. */
export function currentRequestId(): string | null {
  return scope.getStore() ?? null;
}
