// A fixed list of HTTP requests, each sent once, with `concurrency` in flight (a promise pool
// over fetch's keep-alive connections), for workloads where every request is different — a
// new customer, a new idempotency key — which a duration-based load generator cannot express.
// The requests run in a worker thread (./http-pool-worker.ts), so client work never delays the
// server under test on this thread; per-request timing is taken there.
import { Worker } from 'node:worker_threads';

export interface PoolRequest {
  method: 'GET' | 'POST';
  /** Path and query, appended to the origin. */
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PoolJob {
  origin: string;
  requests: readonly PoolRequest[];
  concurrency: number;
  timeoutMs: number;
}

/** What happened to one request; `status` 0 is a network error or timeout (message in `body`). */
export interface PoolOutcome {
  status: number;
  body: string;
  /** Milliseconds from the start of the run to sending, and to the end of the response body. */
  startMs: number;
  endMs: number;
}

export interface PoolReport {
  /** In the order of the requests. */
  outcomes: PoolOutcome[];
  /** From the first request sent to the last response read. */
  wallMs: number;
}

/** The worker is TypeScript: load it through tsx's loader, which workers do not inherit. */
function workerSource(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./http-pool-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
}

export function runRequests(origin: string, requests: readonly PoolRequest[], concurrency: number, timeoutMs = 60_000): Promise<PoolReport> {
  const job: PoolJob = { origin, requests, concurrency, timeoutMs };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(), { eval: true, workerData: job });
    let report: PoolReport | undefined;
    worker.once('message', (message: PoolReport) => (report = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (report ? resolve(report) : reject(new Error(`The load worker exited with code ${code} and no report`))));
  });
}
