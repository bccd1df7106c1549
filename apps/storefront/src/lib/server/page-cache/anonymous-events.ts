// Behaviour of visitors served a cached page (a product view), which no page load recorded:
// gathered and sent to the API in batches, as anonymous events (no visitor id, no consent), the
// same rows the render itself would have written for them. Batches keep a cache hit from costing
// the API one call each.
import type { StoredEvent } from './page-store';

/** The API takes at most 20 events per call (RecordEventsInput). */
const MAX_BATCH = 20;

export interface AnonymousEventsOptions {
  /** Sends one batch (`recommendations.record` with `consent: false`). */
  send: (events: StoredEvent[]) => Promise<unknown>;
  /** How long the first event of a batch waits for others, in ms (default 1 000). */
  flushAfterMs?: number;
  /** Events held at most; beyond that new ones are dropped, as a failed recording drops them (default 1 000). */
  maxPending?: number;
}

export interface AnonymousEvents {
  add(events: readonly StoredEvent[]): void;
  /** Sends everything pending now. */
  flush(): Promise<void>;
}

export function createAnonymousEvents(options: AnonymousEventsOptions): AnonymousEvents {
  const maxPending = options.maxPending ?? 1_000;
  let pending: StoredEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const all = pending;
    pending = [];
    const batches: Promise<unknown>[] = [];
    for (let i = 0; i < all.length; i += MAX_BATCH) {
      batches.push(options.send(all.slice(i, i + MAX_BATCH)).catch((error: unknown) => console.warn('Could not record behaviour:', error instanceof Error ? error.message : error)));
    }
    await Promise.all(batches);
  };
  return {
    add(events) {
      pending.push(...events.slice(0, Math.max(0, maxPending - pending.length)));
      if (pending.length >= MAX_BATCH) void flush();
      else if (pending.length > 0 && !timer) {
        timer = setTimeout(() => void flush(), options.flushAfterMs ?? 1_000);
        timer.unref?.();
      }
    },
    flush,
  };
}
