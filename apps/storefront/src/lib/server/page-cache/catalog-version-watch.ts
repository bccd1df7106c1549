// The catalog version the API's cached reads are at (core catalog-version.ts: database triggers
// bump it on every change a shopper could see), asked at most once per interval however many
// requests want it. The page cache keys pages by it, so a price change shows on the first
// anonymous request after the next check.
import { z } from 'zod';

/** The API's `catalog.version` answer, as tRPC sends it over HTTP. */
const VersionAnswer = z.object({ result: z.object({ data: z.object({ version: z.string().regex(/^\d+$/) }) }) });

export interface CatalogVersionWatchOptions {
  /** Reads the version from the API; see `fetchCatalogVersion`. */
  fetchVersion: () => Promise<string>;
  /** The longest a known version is trusted, in ms (default 1 000). */
  maxAgeMs?: number;
  now?: () => number;
}

export interface CatalogVersionWatch {
  /** The current version, asked anew when the last answer is older than `maxAgeMs`; null when the API does not answer. */
  current(): Promise<string | null>;
}

/**
 * @example const watch = createCatalogVersionWatch({ fetchVersion: () => fetchCatalogVersion('http://127.0.0.1:4000') }); await watch.current()
 */
export function createCatalogVersionWatch(options: CatalogVersionWatchOptions): CatalogVersionWatch {
  const maxAgeMs = options.maxAgeMs ?? 1_000;
  const now = options.now ?? Date.now;
  let known: { version: string | null; at: number } | null = null;
  let asking: Promise<string | null> | null = null;
  const ask = async (): Promise<string | null> => {
    const at = now();
    const version = await options.fetchVersion().catch((error: unknown) => {
      console.warn('Page cache: the catalog version is unavailable, pages are rendered fresh:', error instanceof Error ? error.message : error);
      return null;
    });
    // Versions only grow; an older answer (another API process a moment behind) changes nothing.
    const newer = version !== null && (known?.version == null || BigInt(version) >= BigInt(known.version));
    known = { version: newer || version === null ? version : known!.version, at };
    return known.version;
  };
  return {
    current() {
      if (known && now() - known.at < maxAgeMs) return Promise.resolve(known.version);
      asking ??= ask().finally(() => {
        asking = null;
      });
      return asking;
    },
  };
}

/** Asks the API at `apiUrl` for `catalog.version` (a tiny, uncached tRPC query). */
export async function fetchCatalogVersion(apiUrl: string, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<string> {
  const response = await fetch(`${apiUrl}/trpc/catalog.version`, { signal: AbortSignal.timeout(2_000) });
  if (!response.ok) throw new Error(`catalog.version answered HTTP ${response.status}`);
  return VersionAnswer.parse(await response.json()).result.data.version;
}
