// LISTEN on PostgreSQL: a session of its own, outside the pool, that comes back when it drops.
// Listeners rely on it to keep their safety polls slow (job workers, the catalog version), so a
// lost connection is reconnected and the caller told (`onReconnect`), to catch up on the
// notifications it missed meanwhile. TCP keep-alive finds a peer that vanished without a word.
import pg from 'pg';

const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/**
 * Calls `onNotify` for every NOTIFY on `channel`, and `onReconnect` each time the listening
 * connection came back after a drop. Resolves, once listening, to the function that stops.
 */
export async function listenOnPostgres(url: string, channel: string, onNotify: (payload: string) => void, onReconnect: () => void = () => {}): Promise<() => Promise<void>> {
  let stopped = false;
  let reconnecting = false;
  let client: pg.Client | null = null;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString: url, keepAlive: true });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', () => {}); // followed by 'end'
    next.on('end', () => {
      if (client === next) void reconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${next.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    client = next;
    return next;
  }

  async function reconnect(): Promise<void> {
    if (stopped || reconnecting) return;
    reconnecting = true;
    client = null;
    for (let delay = FIRST_RETRY_MS; !stopped; delay = Math.min(delay * 2, LAST_RETRY_MS)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (stopped) break;
      try {
        const connected = await connect();
        if (stopped) await connected.end();
        else onReconnect();
        break;
      } catch {
        // the server is not back yet: try again later
      }
    }
    reconnecting = false;
  }

  await connect();
  return async () => {
    stopped = true;
    const open = client;
    client = null;
    await open?.end();
  };
}
