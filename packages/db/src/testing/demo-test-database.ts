// A test database holding the demo catalog, for tests whose subject is the demo store or that
// need a realistic catalog. Its generated images go to a temporary folder that `close` removes.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { seedDemoCatalog } from '../seed/index.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** The demo store's test database and the folder of its media. */
export interface DemoTestDatabase extends TestDatabase {
  readonly mediaDir: string;
}

/** @example beforeAll(async () => { db = await createDemoTestDatabase(); }, 120_000); afterAll(() => db.close()); */
export async function createDemoTestDatabase(): Promise<DemoTestDatabase> {
  const db = await createTestDatabase();
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-demo-media-'));
  await seedDemoCatalog(db.prisma, { mediaDir });
  return {
    ...db,
    mediaDir,
    close: async () => {
      await db.close();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}
