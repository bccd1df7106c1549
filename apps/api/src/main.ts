// Starts the API: one process (API_WORKERS=1, the default), or a cluster primary that forks
// API_WORKERS processes sharing the port (cluster-primary.ts). Each API process stops
// gracefully on SIGTERM or SIGINT: requests under way and running jobs finish, then it exits 0.
import cluster from 'node:cluster';
import { startApiProcess } from './api-process.ts';
import { runClusterPrimary } from './cluster-primary.ts';
import { workerMetrics } from './cluster-metrics.ts';
import { readEnv } from './env.ts';
import { log } from './logger.ts';

const env = readEnv();

if (env.API_WORKERS > 1 && cluster.isPrimary) {
  await runClusterPrimary(env);
} else {
  const api = await startApiProcess(env, cluster.isWorker ? workerMetrics : undefined);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    api.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        log.fatal({ err: error }, 'The API could not shut down cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A worker whose primary is gone has no one to answer to.
  if (cluster.isWorker) process.on('disconnect', () => stop('primary gone'));
}
