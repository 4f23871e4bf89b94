// In-process wake-up: after committing a transaction that enqueued jobs, call wakeWorkers() so
// this process's workers claim them now instead of at their next poll. It carries no state
// (the jobs table has it all), so a lost wake-up only costs latency. Kept on globalThis because
// Next bundles instrumentation.ts and route modules separately: one process, two module copies.
/** `personWaiting`: the jobs include one a person waits on (lib/jobs/enqueue.ts PERSON_WAITING). */
type WakeListener = (personWaiting: boolean) => void;

const globalForWake = globalThis as unknown as { ticketflowJobWake?: Set<WakeListener> };

function listeners(): Set<WakeListener> {
  globalForWake.ticketflowJobWake ??= new Set();
  return globalForWake.ticketflowJobWake;
}

/** Wakes every worker of this process. Call it after the commit, never inside the transaction;
 *  `personWaiting` when a job a person waits on was among them (a full worker still starts it). */
export function wakeWorkers(options: { personWaiting?: boolean } = {}): void {
  for (const listener of listeners()) listener(options.personWaiting ?? false);
}

export function onWake(listener: WakeListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}
