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

  getOrCompute(key: string, compute: () => Promise<V>): Promise<V> {
    if (!this.enabled) return compute();
    const cached = this.peek(key);
    if (cached) return cached;
    const value = compute();
    value.catch(() => this.entries.delete(key));
    this.entries.set(key, { expires: this.now() + this.ttlMs, value });
    if (this.entries.size > this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}
