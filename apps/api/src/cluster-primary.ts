// API_WORKERS=N: the primary process forks N API processes (node:cluster) that share the port;
// the kernel spreads connections over them. It does no database work itself. The first worker
// starts alone (migrations, the demo seed into an empty database), the others once it listens.
// A worker that dies is replaced; on SIGTERM/SIGINT each worker drains and the primary exits
// when all have.
import cluster, { type Worker } from 'node:cluster';
import type { ApiEnv } from './env.ts';
import { serveClusterMetrics } from './cluster-metrics.ts';
import { log } from './logger.ts';

/** Runs the cluster until a signal stops it; exits the process with 0 when every worker stopped cleanly. */
export async function runClusterPrimary(env: ApiEnv): Promise<void> {
  serveClusterMetrics();
  let stopping = false;
  let failed = false;
  cluster.on('exit', (worker, code, signal) => {
    if (code !== 0) failed = true;
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    log.error(`API worker ${worker.id} (pid ${worker.process.pid}) exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} API worker(s)…`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  await listening(cluster.fork());
  await Promise.all(Array.from({ length: env.API_WORKERS - 1 }, () => listening(cluster.fork())));
  log.info(`Tandem API listening on http://${env.API_HOST}:${env.API_PORT} with ${env.API_WORKERS} worker processes (primary pid ${process.pid})`);
}

function listening(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('listening', () => resolve());
    worker.once('exit', (code) => reject(new Error(`API worker ${worker.id} exited (${code}) before listening`)));
  });
}
