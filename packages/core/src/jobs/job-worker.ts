// The in-process worker: claims due jobs in batches, runs each with its kind's handler (or all
// of a kind in one call, for a batch handler), and records the outcome. Handlers must be
// idempotent: a job may run again after a crash or a lease timeout. Several workers (threads,
// processes, machines) may share one queue.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@tandem/db';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../shared/index.ts';
import { claimJobs, completeJobs, failJob, msUntilNextJob, pruneDoneJobs, type ClaimedJob } from './claim-jobs.ts';

/** Runs one job. Throwing schedules a retry (or marks the job DEAD after its last attempt). */
export type JobHandler = (payload: unknown, job: ClaimedJob) => Promise<void>;

/** A job a batch handler could not do, and why: it is retried (or marked DEAD) alone. */
export interface JobBatchFailure {
  job: ClaimedJob;
  error: unknown;
}

/**
 * Runs up to `limit` jobs of one kind in one call, for work that is much cheaper in bulk (one
 * search-engine write for a thousand products instead of a thousand writes). Returns the jobs
 * it could not do; the others are done. Throwing fails every job of the call. The claim rule is
 * unchanged: a call never holds two jobs of one key.
 *
 * @example
 * const handlers = { 'search.sync-product': { limit: 1000, batch: async (jobs) => { await syncAll(jobs); return []; } } };
 */
export interface JobBatchHandler {
  batch: (jobs: ClaimedJob[]) => Promise<JobBatchFailure[]>;
  /** Jobs claimed per call (default 500). */
  limit?: number;
}

export interface JobWorkerOptions {
  /** Handler per job kind, one job at a time or a batch; the worker claims only these kinds. */
  handlers: Record<string, JobHandler | JobBatchHandler>;
  workerId?: string;
  /** Jobs claimed per round for the one-at-a-time handlers (default 50). */
  batchSize?: number;
  /**
   * The longest pause between rounds, in ms (default 200): the safety net. Between rounds the
   * worker sleeps until its next job is due (a delayed job, a retry, a lapsed lease) or a
   * `notify()`, whichever is first, so with NOTIFY wired (the API's job-worker.ts) this can be
   * long without delaying a job.
   */
  pollIntervalMs?: number;
  /** A RUNNING job is given back to the queue after this long without finishing (default 5 min). */
  leaseMs?: number;
  backoff?: BackoffPolicy;
  /** DONE jobs are deleted this long after they finished (default one day). */
  keepDoneMs?: number;
  onError?: (job: ClaimedJob, error: unknown, outcome: 'retry' | 'dead') => void;
}

export interface JobWorker {
  readonly id: string;
  /** One round: claims a batch and runs it; resolves to the number of jobs run. */
  runOnce(): Promise<number>;
  /** Runs rounds until stopped; returns the function that stops it (resolves after the current round). */
  start(): () => Promise<void>;
  /**
   * Says a job may be waiting (e.g. on a NOTIFY from `enqueueJob` or a trigger): a sleeping
   * worker starts its next round now instead of after the poll interval; a busy one runs
   * another round right after the current one. Polling stays the safety net.
   */
  notify(): void;
}

const PRUNE_EVERY_MS = 10 * 60_000;
const LOCKED_RETRY_MS = 100;

export function createJobWorker(prisma: PrismaClient, options: JobWorkerOptions): JobWorker {
  const id = options.workerId ?? `worker-${randomUUID()}`;
  const kinds = Object.keys(options.handlers).filter((kind) => typeof options.handlers[kind] === 'function');
  const batchKinds = Object.entries(options.handlers).flatMap(([kind, handler]) => (typeof handler === 'function' ? [] : [{ kind, handler }]));
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 300_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const pollIntervalMs = options.pollIntervalMs ?? 200;
  const allKinds = Object.keys(options.handlers);

  async function fail(job: ClaimedJob, error: unknown): Promise<void> {
    const outcome = await failJob(prisma, job, id, error, backoff);
    options.onError?.(job, error, outcome);
  }

  async function run(job: ClaimedJob): Promise<void> {
    try {
      const handler = options.handlers[job.kind];
      if (typeof handler !== 'function') throw new Error(`No handler for job kind "${job.kind}"`);
      await handler(job.payload, job);
      await completeJobs(prisma, [job], id);
    } catch (error) {
      await fail(job, error);
    }
  }

  async function runBatch(handler: JobBatchHandler, jobs: ClaimedJob[]): Promise<void> {
    let failures: JobBatchFailure[];
    try {
      failures = await handler.batch(jobs);
    } catch (error) {
      failures = jobs.map((job) => ({ job, error }));
    }
    const failed = new Set(failures.map((failure) => failure.job.id));
    await completeJobs(prisma, jobs.filter((job) => !failed.has(job.id)), id);
    for (const failure of failures) await fail(failure.job, failure.error);
  }

  /** One round; `full` when a claim came back as large as it may be, so more may be waiting. */
  async function round(): Promise<{ ran: number; full: boolean }> {
    let ran = 0;
    let full = false;
    if (kinds.length) {
      const jobs = await claimJobs(prisma, id, kinds, batchSize, leaseMs);
      // In id order, one after another: a batch never holds two jobs of one key, and the
      // order keeps the queue fair.
      for (const job of jobs) await run(job);
      ran += jobs.length;
      full ||= jobs.length >= batchSize;
    }
    for (const { kind, handler } of batchKinds) {
      const limit = handler.limit ?? 500;
      const jobs = await claimJobs(prisma, id, [kind], limit, leaseMs);
      if (jobs.length) await runBatch(handler, jobs);
      ran += jobs.length;
      full ||= jobs.length >= limit;
    }
    return { ran, full };
  }

  async function runOnce(): Promise<number> {
    return (await round()).ran;
  }

  let wake: (() => void) | null = null;
  let notified = false;
  function notify(): void {
    notified = true;
    wake?.();
  }

  function start(): () => Promise<void> {
    let stopped = false;
    let lastPrune = 0;
    const loop = (async () => {
      while (!stopped) {
        notified = false;
        let full = false;
        let ran = 0;
        let sleepMs = pollIntervalMs;
        try {
          ({ full, ran } = await round());
          if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
            lastPrune = Date.now();
            await pruneDoneJobs(prisma, options.keepDoneMs ?? 86_400_000);
          }
          if (!full && !notified) {
            const untilNext = (await msUntilNextJob(prisma, allKinds, leaseMs)) ?? pollIntervalMs;
            // A job due now that this round could not claim is locked by another transaction
            // (a claim, or a writer re-using it): retry soon, without spinning.
            sleepMs = Math.min(pollIntervalMs, ran === 0 ? Math.max(untilNext, LOCKED_RETRY_MS) : untilNext);
          }
        } catch (error) {
          console.error(`job worker ${id}: round failed:`, error);
        }
        if (!full && !stopped && !notified && sleepMs > 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, sleepMs).unref();
          });
          wake = null;
        }
      }
    })();
    return async () => {
      stopped = true;
      (wake as (() => void) | null)?.();
      await loop;
    };
  }

  return { id, runOnce, start, notify };
}
