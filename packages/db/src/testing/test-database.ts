// A fresh, fully migrated database for one test file. By default an in-memory PGlite (a copy of
// the migrated template, packages/db/src/template); when TEST_DATABASE_URL points at a
// PostgreSQL server (CI starts one), a new database is created on that server and dropped
// afterwards, so the same test files run on both engines.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../client.ts';
import { applyMigrationsIfPending } from '../migrate/migration-state.ts';
import { applyPendingMigrations } from '../migrate/migrations.ts';

export interface TestDatabase extends Database {
  /** The connection string of the created database (PostgreSQL only). */
  readonly url: string | undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    // Loaded from the migrated template when the test setup made it: nothing is pending then.
    const db = await openDatabase({ dataDir: 'memory://' });
    await applyMigrationsIfPending(db.prisma, db.adapterFactory);
    return { ...db, url: undefined };
  }
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabaseName(serverUrl, name);
  const db = await openDatabase({ url, poolSize: 20 });
  await applyPendingMigrations(db.adapterFactory);
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
