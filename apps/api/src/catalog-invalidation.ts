// Keeps this process's cached catalog reads in step with every other process: LISTEN on the
// catalog channel (a trigger NOTIFYs the new version at the commit of any visible change, from
// any process); the version is read again when the listening connection comes back after a drop
// (db.listen reconnects), and every 10 s as the safety net. Without LISTEN it is read every second.
import { CATALOG_CHANNEL, CATALOG_STOCK_CHANGE, type CatalogService } from '@tandem/core/catalog';
import type { Database } from '@tandem/db';
import { log } from './logger.ts';

const LISTENING_POLL_MS = 10_000;
const UNLISTENED_POLL_MS = 1_000;

export interface CatalogInvalidationOptions {
  /** How often the version is read whatever NOTIFY says, in ms. Default 10 000 (1 000 when LISTEN failed). */
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Starts following the catalog version for `catalog`'s caches. Resolves, once listening and
 * the current version is known, to the function that stops both.
 *
 * @example const stop = await followCatalogVersion(db, server.services.catalog); … await stop();
 */
export async function followCatalogVersion(db: Database, catalog: Pick<CatalogService, 'syncVersion' | 'refreshVersion' | 'dropCachedReads'>, options: CatalogInvalidationOptions = {}): Promise<() => Promise<void>> {
  const onError = options.onError ?? ((error: unknown) => log.error({ err: error }, 'catalog cache: cannot read the catalog version'));
  const onNotify = (payload: string) => (payload === CATALOG_STOCK_CHANGE ? catalog.dropCachedReads() : catalog.syncVersion(payload));
  let running = false;
  const refresh = () => {
    if (running) return;
    running = true;
    catalog
      .refreshVersion()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const unlisten = await db.listen(CATALOG_CHANNEL, onNotify, refresh).catch((error: unknown) => {
    log.error({ err: error }, `catalog cache: cannot LISTEN on ${CATALOG_CHANNEL}, reading the version every second`);
    return null;
  });
  await catalog.refreshVersion();
  const timer = setInterval(refresh, options.pollIntervalMs ?? (unlisten ? LISTENING_POLL_MS : UNLISTENED_POLL_MS));
  timer.unref();
  return async () => {
    clearInterval(timer);
    await unlisten?.();
  };
}
