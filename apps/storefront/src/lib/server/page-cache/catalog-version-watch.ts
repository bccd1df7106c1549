// The catalog version the API's cached reads are at (core catalog-version.ts: database triggers
// bump it on every change a shopper could see), asked at most once per interval however many
// requests want it. The page cache keys pages by it, so a price change shows once the next check
// answers. Requests do not wait for a check while the last answer is recent: a busy API would
// otherwise stall every cached page once a second.
import { z } from 'zod';

/** The API's `catalog.version` answer, as tRPC sends it over HTTP. */
const VersionAnswer = z.object({ result: z.object({ data: z.object({ version: z.string().regex(/^\d+$/) }) }) });

export interface CatalogVersionWatchOptions {
  /** Reads the version from the API; see `fetchCatalogVersion`. */
  fetchVersion: () => Promise<string>;
  /** How old an answer may be before the next request starts a check, in ms (default 1 000). */
  maxAgeMs?: number;
  /** How old an answer may be and still be used while a check is under way, in ms (default 10 000); older, requests wait for the check. */
  maxStaleMs?: number;
  now?: () => number;
}

export interface CatalogVersionWatch {
  /** The current version; null when the API has not answered for `maxStaleMs`. */
  current(): Promise<string | null>;
}

/**
 * @example const watch = createCatalogVersionWatch({ fetchVersion: () => fetchCatalogVersion('http://127.0.0.1:4000') }); await watch.current()
 */
export function createCatalogVersionWatch(options: CatalogVersionWatchOptions): CatalogVersionWatch {
  const maxAgeMs = options.maxAgeMs ?? 1_000;
  const maxStaleMs = options.maxStaleMs ?? 10_000;
  const now = options.now ?? Date.now;
  /** The last answer and when its check started. */
  let known: { version: string; at: number } | null = null;
  let lastAskAt = -Infinity;
  let asking: Promise<void> | null = null;
  const ask = async (): Promise<void> => {
    const at = (lastAskAt = now());
    try {
      const version = await options.fetchVersion();
      // Versions only grow; an older answer (another API process a moment behind) changes nothing.
      const newer = known === null || BigInt(version) >= BigInt(known.version);
      known = { version: newer ? version : known!.version, at };
    } catch (error) {
      console.warn('Page cache: cannot read the catalog version:', error instanceof Error ? error.message : error);
    }
  };
  const usable = () => (known && now() - known.at < maxStaleMs ? known.version : null);
  return {
    async current() {
      if (known && now() - known.at < maxAgeMs) return known.version;
      if (!asking && now() - lastAskAt >= maxAgeMs) {
        asking = ask().finally(() => {
          asking = null;
        });
      }
      const meanwhile = usable();
      if (meanwhile !== null || !asking) return meanwhile;
      await asking;
      return usable();
    },
  };
}

/** Asks the API at `apiUrl` for `catalog.version` (a tiny, uncached tRPC query). */
export async function fetchCatalogVersion(apiUrl: string, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<string> {
  const response = await fetch(`${apiUrl}/trpc/catalog.version`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`catalog.version answered HTTP ${response.status}`);
  return VersionAnswer.parse(await response.json()).result.data.version;
}
