/**
 * A small in-process cache of promises with a time-to-live and an entry limit. Concurrent
 * callers asking for the same missing key share one computation; a failed computation is
 * forgotten at once so the next caller tries again.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { expires: number; value: Promise<V> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The live cached value for `key`, if any, without computing one. */
  peek(key: string): Promise<V> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** When the live entry for `key` expires (ms, the cache's clock), or undefined when there is none. */
  expiresAt(key: string): number | undefined {
    return this.peek(key) ? this.entries.get(key)?.expires : undefined;
  }

  getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    if (!this.enabled) return compute();
    const cached = this.peek(key);
    if (cached) return cached;
    const value = compute();
    const entry = { expires: this.now() + this.ttlMs, value };
    // Only this computation's own entry: a clear() may have replaced it with a newer one.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  /**
   * Forgets every entry, computations still running included: a caller that started before the
   * clear gets its answer, but it is never stored, so nothing read before a change outlives it.
   */
  clear(): void {
    this.entries.clear();
  }
}
