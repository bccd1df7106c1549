// /metrics when API_WORKERS runs several processes: a scrape reaches one worker, which asks the
// cluster primary; the primary collects every worker's registry (prom-client's
// AggregatorRegistry, over the cluster's IPC channel) and answers with their sum (or the max,
// for the gauges each worker reads from the shared database: metrics.ts).
import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { MetricsRouteOptions } from './metrics-route.ts';

const REQUEST = 'tandem:metrics-request';
const ANSWER = 'tandem:metrics-answer';

interface MetricsRequest {
  type: typeof REQUEST;
  id: number;
}
interface MetricsAnswer {
  type: typeof ANSWER;
  id: number;
  body?: string;
  error?: string;
}

/** In the primary: answers workers' requests for the whole cluster's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: Partial<MetricsRequest>) => {
    if (message?.type !== REQUEST || typeof message.id !== 'number') return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (body) => worker.send({ type: ANSWER, id, body } satisfies MetricsAnswer),
      (error: unknown) => worker.send({ type: ANSWER, id, error: error instanceof Error ? error.message : String(error) } satisfies MetricsAnswer),
    );
  });
}

/** In a worker: makes `registry` the one the primary collects, and renders /metrics through the primary. */
export function workerMetrics(registry: Registry): MetricsRouteOptions['render'] {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one is what makes prom-client answer the primary's requests in a worker.
  new AggregatorRegistry();
  let next = 0;
  return () =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        process.off('message', onMessage);
        reject(new Error('the cluster primary did not answer for the metrics within 10 s'));
      }, 10_000);
      const onMessage = (message: Partial<MetricsAnswer>) => {
        if (message?.type !== ANSWER || message.id !== id) return;
        clearTimeout(timer);
        process.off('message', onMessage);
        if (message.body !== undefined) resolve({ contentType: registry.contentType, body: message.body });
        else reject(new Error(`cluster metrics: ${message.error ?? 'no answer'}`));
      };
      process.on('message', onMessage);
      process.send!({ type: REQUEST, id } satisfies MetricsRequest);
    });
}
