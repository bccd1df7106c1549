// One load round with autocannon. The load generator runs in its own worker thread
// (`workers: 1`) so it does not share an event loop with the server under test, which lives
// on the main thread of this process.
import autocannon from 'autocannon';

/** A request other than a plain GET of a path: a tRPC mutation's POST with its JSON body. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  /** JSON text, sent as application/json. */
  body?: string;
}

export interface LoadOptions {
  /** Origin of the server, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Request paths (GET) or requests; every connection cycles through them in order. */
  paths: readonly (string | LoadRequest)[];
  connections: number;
  /** Seconds. */
  duration: number;
}

export interface LoadResult {
  /** Completed requests per second over the whole round. */
  rps: number;
  /** Latency percentiles and mean in milliseconds (autocannon's histogram has 1 ms resolution). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  requests: number;
  durationS: number;
  bytesPerRequest: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Milliseconds the server needed after the round to finish the requests still queued. */
  drainMs?: number;
}

export async function runLoad({ origin, paths, connections, duration }: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    workers: 1,
    timeout: 30,
    requests: paths.map((request) =>
      typeof request === 'string'
        ? { method: 'GET' as const, path: request }
        : { method: request.method, path: request.path, body: request.body, headers: request.body === undefined ? {} : { 'content-type': 'application/json' } },
    ),
  });
  const requests = result.requests.total;
  return {
    rps: requests / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.mean,
    requests,
    durationS: result.duration,
    bytesPerRequest: requests ? result.throughput.total / requests : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
