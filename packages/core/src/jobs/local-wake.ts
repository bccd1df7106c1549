// Wakes this process's job workers without a NOTIFY. A hot write (a placed order) enqueues its job
// with `wake: false`, because a transaction that notifies holds PostgreSQL's one NOTIFY lock from
// its commit through the WAL flush and so makes every such commit wait for the one before
// (docs/decisions.md, "Hot writes, third pass"). After its commit the writer announces the job
// here instead: the workers of its own process claim it at once, and a process without one leaves
// it to another's safety poll.

type Listener = (kind: string) => void;

const listeners = new Set<Listener>();

/** Calls `listener` whenever this process announces a job committed without a NOTIFY; returns the unsubscribe. */
export function onJobsEnqueuedLocally(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells this process's workers that a job of `kind` was committed with `wake: false`. Call after the commit. */
export function announceJobEnqueuedLocally(kind: string): void {
  for (const listener of listeners) listener(kind);
}
