// Whether this process's job worker runs its general slots on another thread: in the production
// server on PostgreSQL, the events thread runs them (lib/events/events-thread.ts) and the main
// thread keeps only the lane for the jobs a person waits on (lib/jobs/worker.ts `generalSlots`).
// Set while that thread runs; cleared, and the main thread's slots woken, when it stops. Kept on
// globalThis: scripts/server.ts sets it and Next's bundles (the server's worker) read it, two
// module copies in one thread.
import { wakeWorkers } from "./wake";

const KEY = Symbol.for("ticketflow.generalSlotsElsewhere");
const globalForSlots = globalThis as unknown as { [KEY]?: boolean };

export function generalSlotsElsewhere(): boolean {
  return globalForSlots[KEY] ?? false;
}

/** `true` once another thread's worker claims the general jobs; `false` hands them back here at once. */
export function setGeneralSlotsElsewhere(elsewhere: boolean): void {
  const was = generalSlotsElsewhere();
  globalForSlots[KEY] = elsewhere;
  if (was && !elsewhere) wakeWorkers();
}
