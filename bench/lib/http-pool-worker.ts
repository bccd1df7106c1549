// The worker side of `runRequests` (./http-pool.ts): sends a fixed list of HTTP requests with a
// fixed number in flight, over fetch's keep-alive connections, and posts back one outcome per
// request. It runs on its own thread so the load never shares an event loop with the server.
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolJob, PoolOutcome, PoolReport } from './http-pool.ts';

const { origin, requests, concurrency, timeoutMs } = workerData as PoolJob;
const outcomes: PoolOutcome[] = new Array<PoolOutcome>(requests.length);
const runStarted = performance.now();
let next = 0;

async function send(index: number): Promise<void> {
  const request = requests[index]!;
  const started = performance.now();
  let status = 0;
  let body = '';
  try {
    const response = await fetch(origin + request.path, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    body = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  const ended = performance.now();
  outcomes[index] = { status, body, startMs: started - runStarted, endMs: ended - runStarted };
}

async function lane(): Promise<void> {
  while (next < requests.length) await send(next++);
}

await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, lane));
const report: PoolReport = { outcomes, wallMs: performance.now() - runStarted };
parentPort!.postMessage(report);
