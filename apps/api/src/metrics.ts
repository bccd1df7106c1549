// The API's Prometheus metrics (prom-client), served at /metrics (metrics-route.ts): request
// latency and status per tRPC procedure or REST route, the database pool, the job queue's depth
// and oldest wait, the hits and misses of the catalog cache and of the finished answers of public
// reads, the e-mail outbox, and the process's own (CPU, memory, event loop, handles). Labels come
// from fixed lists, so a client inventing paths or procedure names cannot grow the series without bound.
import { readJobQueueStats } from '@tandem/core/jobs';
import { readOutboxStats } from '@tandem/core/notifications';
import type { Database } from '@tandem/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { log } from './logger.ts';

/** What the metrics read when scraped. */
export interface MetricSources {
  db: Pick<Database, 'kind' | 'prisma' | 'poolStats'>;
  /** The catalog service's cache counters (server.services.catalog). */
  catalogCache?: () => { hits: number; misses: number };
  /** The finished-answer cache's counters (server.publicReadAnswers, public-read-answers.ts). */
  publicReadAnswers?: () => { hits: number; misses: number };
}

/** The registry and the few events the host reports as they happen. */
export interface ApiMetrics {
  readonly registry: Registry;
  /** One answered request: `route` is a bounded label (request-observer.ts), `status` its HTTP status. */
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  /** E-mails the outbox relay of this process delivered. */
  emailsSent(count: number): void;
}

// Latency buckets from a cached read (~1 ms) to a slow export (10 s).
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// A bounded method label: anything else a client sends counts as OTHER.
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * A fresh registry with Tandem's metrics. Gauges read from the database are marked to be
 * combined with `max` across cluster workers (cluster-metrics.ts): every worker reads the same
 * rows, so a sum would count them N times.
 *
 * @example const metrics = createApiMetrics({ db, catalogCache: () => server.services.catalog.cacheStats() })
 */
export function createApiMetrics(sources: MetricSources): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const duration = new Histogram({ name: 'tandem_http_request_duration_seconds', help: 'Time to answer a request, by tRPC procedure or route, method and status.', labelNames: ['route', 'method', 'status'] as const, buckets: LATENCY_BUCKETS, registers });
  const sent = new Counter({ name: 'tandem_emails_sent_total', help: 'E-mails the outbox relay delivered.', registers });
  hitCounters(registers, 'tandem_catalog_cache', sources.catalogCache, { hits: 'Catalog reads answered from the in-memory cache.', misses: 'Catalog reads that had to load from the database.' });
  hitCounters(registers, 'tandem_public_read_answers', sources.publicReadAnswers, {
    hits: 'Anonymous public-read GETs answered with stored bytes, before tRPC.',
    misses: 'Anonymous public-read GETs that went through tRPC (their 200 answers are stored).',
  });
  const dbGauge = (name: string, help: string, read: () => Promise<number | null>) =>
    new Gauge({
      name,
      help,
      registers,
      aggregator: 'max',
      async collect() {
        // A database that does not answer leaves the gauge out, not the whole scrape.
        const value = await read().catch((error: unknown) => {
          log.warn({ err: error, metric: name }, 'metrics: could not read a gauge from the database');
          return null;
        });
        if (value === null) this.reset();
        else this.set(value);
      },
    });
  const queue = sharedWhileRunning(() => readJobQueueStats(sources.db.prisma));
  const outbox = sharedWhileRunning(() => readOutboxStats(sources.db.prisma));
  dbGauge('tandem_job_queue_pending', 'Jobs waiting to run (due or scheduled).', async () => (await queue()).pending);
  dbGauge('tandem_job_queue_running', 'Jobs a worker is running.', async () => (await queue()).running);
  dbGauge('tandem_job_queue_dead', 'Jobs that failed their last attempt.', async () => (await queue()).dead);
  dbGauge('tandem_job_queue_oldest_due_seconds', 'How long the oldest due job has waited past its run time.', async () => (await queue()).oldestDueAgeSeconds);
  dbGauge('tandem_emails_queued', 'E-mails waiting for their first try.', async () => (await outbox()).queued);
  dbGauge('tandem_emails_failed', 'Unsent e-mails whose last try failed.', async () => (await outbox()).failed);
  poolGauges(registers, sources.db);
  return {
    registry,
    observeRequest: (route, method, status, seconds) => duration.observe({ route, method: METHODS.has(method) ? method : 'OTHER', status: String(status) }, seconds),
    emailsSent: (count) => sent.inc(count),
  };
}

function hitCounters(registers: Registry[], prefix: string, read: (() => { hits: number; misses: number }) | undefined, help: { hits: string; misses: string }): void {
  if (!read) return;
  // Counters that mirror the cache's own totals: each scrape adds what happened since the last.
  const seen = { hits: 0, misses: 0 };
  const mirror = (key: 'hits' | 'misses') =>
    new Counter({
      name: `${prefix}_${key}_total`,
      help: help[key],
      registers,
      collect() {
        const now = read()[key];
        this.inc(Math.max(0, now - seen[key]));
        seen[key] = now;
      },
    });
  mirror('hits');
  mirror('misses');
}

function poolGauges(registers: Registry[], db: MetricSources['db']): void {
  // Embedded PGlite has one session and no pool.
  if (db.kind !== 'postgres') return;
  new Gauge({
    name: 'tandem_db_pool_connections',
    help: 'PostgreSQL pool connections by state (open, idle) and queries waiting for one.',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const stats = db.poolStats();
      if (!stats) return;
      this.set({ state: 'open' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
}

/** `read`, shared by the gauges of one scrape (they collect side by side) instead of one query each. */
function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    if (running) return running;
    const current = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
}
