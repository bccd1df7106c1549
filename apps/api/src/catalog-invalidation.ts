// Keeps this process's cached catalog reads in step with every other process: LISTEN on the
// catalog channel (a trigger NOTIFYs the new version at the commit of any visible change, from
// any process) and, as the safety net for a dropped connection, read the version every second.
import { CATALOG_CHANNEL, CATALOG_STOCK_CHANGE, type CatalogService } from '@tandem/core/catalog';
import type { Database } from '@tandem/db';
import { log } from './logger.ts';

export interface CatalogInvalidationOptions {
  /** How often the version is read whatever NOTIFY says, in ms. Default 1 000. */
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
  const unlisten = await db.listen(CATALOG_CHANNEL, onNotify).catch((error: unknown) => {
    log.error({ err: error }, `catalog cache: cannot LISTEN on ${CATALOG_CHANNEL}, reading the version every poll only`);
    return async () => {};
  });
  await catalog.refreshVersion();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    catalog
      .refreshVersion()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, options.pollIntervalMs ?? 1_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await unlisten();
  };
}
