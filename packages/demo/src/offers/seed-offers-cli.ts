// `pnpm db:seed:offers` imports the demo offer feeds into the configured database (DATABASE_URL
// or PGlite), after `pnpm db:seed` has loaded the demo catalog. Idempotent.
import { applyPendingMigrations, openDatabase } from '@tandem/db';
import { seedDemoOffers } from './seed-demo-offers.ts';

const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR });
try {
  await applyPendingMigrations(db.adapterFactory);
  await seedDemoOffers(db.prisma, (line) => console.log(line));
} finally {
  await db.close();
}
