// The jobs context's only public door: a durable job queue on the store's database, reused by
// every context (search sync today). See docs/architecture.md, "Jobs".
export { enqueueJob, jobInsertSql, JOB_CHANNEL, type NewJob } from './enqueue-job.ts';
export { announceJobEnqueuedLocally, onJobsEnqueuedLocally } from './local-wake.ts';
export { createJobWorker, type JobBatchFailure, type JobBatchHandler, type JobHandler, type JobWorker, type JobWorkerOptions } from './job-worker.ts';
export { pruneDoneJobs, type ClaimedJob } from './claim-jobs.ts';
export { settlePendingJobs } from './settle-pending-jobs.ts';
export { readJobQueueStats, type JobQueueStats } from './queue-stats.ts';
export { claimIntervalRun } from './interval-runs.ts';
