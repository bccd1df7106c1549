// Starts the API: opens the database picked by the environment, applies pending migrations,
// loads the demo catalog into an empty database, and serves HTTP until told to stop.
import path from 'node:path';
import { relayOutbox } from '@tandem/core/notifications';
import { seedDemoOffers } from '@tandem/core/offers';
import { expireUnpaidOrders } from '@tandem/core/orders';
import { searchJobHandlers } from '@tandem/core/search';
import { evaluateClearance } from '@tandem/core/pricing';
import { applyPendingMigrations, defaultDataDir, openDatabase } from '@tandem/db';
import { defaultMediaDir, seedDemoCatalog } from '@tandem/db/seed';
import { createPaymentProvider } from '@tandem/payments';
import { consoleMailer } from './console-mailer.ts';
import { seedDemoStaff } from './demo-staff.ts';
import { readEnv } from './env.ts';
import { startIntervalJob } from './interval-job.ts';
import { startJobWorker } from './job-worker.ts';
import { startPersonalizationJobs } from './personalization-jobs.ts';
import { startSearch } from './search-wiring.ts';
import { createApiServer } from './server.ts';

const env = readEnv();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir });
const mediaDir = path.resolve(env.MEDIA_DIR ?? defaultMediaDir);

const applied = await applyPendingMigrations(db.adapterFactory);
if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);

if (env.SEED_DEMO && (await db.prisma.product.count()) === 0) {
  console.log('Empty database: loading the demo catalog…');
  const seeded = await seedDemoCatalog(db.prisma, { mediaDir, log: (line) => console.log(`  ${line}`) });
  console.log(`Demo catalog ready: ${seeded.products} products.`);
  await seedDemoOffers(db.prisma, (line) => console.log(`  ${line}`));
}
await seedDemoStaff(db.prisma, env.SEED_DEMO);

const payments = createPaymentProvider(process.env);
const search = await startSearch(db.prisma);
const server = createApiServer({
  db,
  mediaDir,
  services: {
    catalog: { facetCacheTtlMs: env.CATALOG_FACET_CACHE_TTL_MS },
    accounts: { storefrontUrl: env.STOREFRONT_URL },
    payments,
    search,
  },
  trustProxy: env.TRUST_PROXY,
});
const stopJobs = [
  startIntervalJob('order expiry', env.ORDER_EXPIRY_INTERVAL_MS, () => expireUnpaidOrders(db.prisma), (n) => `Released the stock of ${n} unpaid order(s) past their reservation.`),
  startIntervalJob('clearance pricing', 3_600_000, () => evaluateClearance(db.prisma), (n) => `Clearance prices hold for ${n} variant(s).`),
  startIntervalJob('outbox relay', 2_000, () => relayOutbox(db.prisma, consoleMailer), (n) => `Delivered ${n} e-mail(s) to the log.`),
  ...(await startPersonalizationJobs(db.prisma, env)),
];
const stopJobWorker = await startJobWorker(db, { ...searchJobHandlers(db.prisma, search) }, env.JOB_POLL_INTERVAL_MS);
server.listen(env.API_PORT, env.API_HOST, () => {
  const where = db.kind === 'pglite' ? `embedded PGlite in ${env.PGLITE_DATA_DIR ?? defaultDataDir}` : 'PostgreSQL';
  console.log(`Tandem API listening on http://${env.API_HOST}:${env.API_PORT} (${where}; payments: ${payments.name}; search: ${search.name})`);
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down the API…`);
  for (const stopJob of stopJobs) stopJob();
  await stopJobWorker();
  server.close();
  server.closeAllConnections();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
