// Runs an idempotent background task on an interval, never two runs of it at once. The tasks
// keep their state in the database (claims, receipts, sent marks), so a crash loses nothing:
// the next run, here or in another process, picks up where this one stopped.

export function startIntervalJob(name: string, intervalMs: number, run: () => Promise<number>, describe: (count: number) => string): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    run()
      .then((count) => {
        if (count) console.log(describe(count));
      })
      .catch((error: unknown) => console.error(`${name} failed:`, error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
