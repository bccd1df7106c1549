import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

// The listening connection exists only on PostgreSQL (PGlite notifies in-process).
describe.runIf(process.env.TEST_DATABASE_URL)('LISTEN on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const waitUntil = async (done: () => boolean) => {
    const started = Date.now();
    while (!done() && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('comes back after its connection is killed, says so, and hears the next NOTIFY', async () => {
    const heard: string[] = [];
    let reconnects = 0;
    const stop = await db.listen('tandem_listen_test', (payload) => heard.push(payload), () => (reconnects += 1));
    try {
      const killed = await db.prisma.$queryRawUnsafe<{ killed: boolean }[]>(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN "tandem_listen_test"'`,
      );
      expect(killed).toEqual([{ killed: true }]);
      await waitUntil(() => reconnects > 0);
      expect(reconnects).toBe(1);
      await db.prisma.$executeRawUnsafe(`SELECT pg_notify('tandem_listen_test', 'after')`);
      await waitUntil(() => heard.length > 0);
      expect(heard).toEqual(['after']);
    } finally {
      await stop();
    }
  });
});
