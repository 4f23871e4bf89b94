// The job worker inside the Next server process (started by instrumentation.ts): the embedded
// database belongs to this process, so its jobs run here; with PostgreSQL it runs beside any
// number of `npm run worker` processes. Migrates first: a new version's jobs may need its schema.
import { dbHandle } from "@/lib/db";
import { logger } from "@/lib/logger";
import { startWorker, type Worker } from "./worker";

const globalForWorker = globalThis as unknown as { ticketflowServerWorker?: Promise<Worker> };

/** Idempotent: a second call (dev reloads, a second bundle) returns the running worker. */
export function startServerWorker(): Promise<Worker> {
  globalForWorker.ticketflowServerWorker ??= (async () => {
    const handle = dbHandle();
    const applied = await handle.migrate();
    if (applied.length > 0) logger.info({ applied }, "applied pending migrations");
    // No signal handlers: Next exits on SIGTERM without waiting, and a job cut short is
    // retaken by a worker once its lease expires.
    return startWorker({ handle, concurrency: 4, pollIntervalMs: 1_000 });
  })();
  return globalForWorker.ticketflowServerWorker;
}
