// @prisma/adapter-pg runs migration scripts by splitting them on every ";", which breaks
// PL/pgSQL function bodies (see the roll-up trigger migration). PostgreSQL's simple query
// protocol runs a multi-statement script as one implicit transaction, which is exactly what a
// migration wants, so scripts are sent whole instead.
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import pg from 'pg';

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

export class PostgresAdapterFactory extends PrismaPg {
  override async connect(): Promise<PgAdapter> {
    return sendScriptsWhole(await super.connect());
  }

  override async connectToShadowDb(): Promise<PgAdapter> {
    return sendScriptsWhole(await super.connectToShadowDb());
  }
}

function sendScriptsWhole<T extends SqlDriverAdapter & { underlyingDriver(): { query(sql: string): Promise<unknown> } }>(adapter: T): T {
  adapter.executeScript = async (script: string) => {
    await adapter.underlyingDriver().query(script);
  };
  return adapter;
}

/** LISTEN needs a session of its own: one dedicated connection, outside the pool. */
export async function listenOnPostgres(url: string, channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notification', (message) => {
    if (message.channel === channel) onNotify(message.payload ?? '');
  });
  // A dropped listening connection only costs the wake-ups: the worker still polls.
  client.on('error', () => {});
  await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
  return () => client.end();
}
