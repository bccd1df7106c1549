// The Meilisearch server a benchmark measures: the one at MEILISEARCH_URL when set, else a
// throw-away one started by scripts/meilisearch.sh (the test command's way: MEILISEARCH_BIN,
// ../shared/bin, PATH), else none, with the reason to print.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './prepare.ts';

const run = promisify(execFile);
const script = path.join(repoRoot, 'scripts/meilisearch.sh');

export type MeilisearchServer =
  | { url: string; apiKey: string | undefined; stop(): Promise<void> }
  | { url: null; skipped: string };

/** The server to benchmark, started with `env` (MEILISEARCH_PORT, MEILI_* options); `stop()` ends only a server this function started. */
export async function meilisearchServer(env: NodeJS.ProcessEnv = process.env): Promise<MeilisearchServer> {
  if (env.MEILISEARCH_URL) return { url: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY, stop: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-bench-meili-'));
  try {
    const { stdout } = await run('bash', [script, 'start', dir], { env });
    const [url, apiKey] = stdout.trim().split('\n');
    if (!url || !apiKey) throw new Error(`scripts/meilisearch.sh start printed no URL and key: ${stdout}`);
    return { url, apiKey, stop: async () => void (await run('bash', [script, 'stop', dir])) };
  } catch (error) {
    await run('bash', [script, 'stop', dir]).catch(() => {});
    const failure = error as { code?: unknown; stderr?: string };
    // Exit code 3: no binary anywhere; the script's line says where it looked.
    if (failure.code === 3) return { url: null, skipped: (failure.stderr ?? '').trim() || 'no Meilisearch binary' };
    throw error;
  }
}
