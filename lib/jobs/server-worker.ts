// The job worker inside the Next server process (started by instrumentation.ts): the embedded
// database belongs to this process, so its jobs run here; with PostgreSQL it runs beside any
// number of `npm run worker` processes, or not at all with TICKETFLOW_SERVER_WORKER=off (app
// instances that only serve requests). Migrates first either way: a new version's requests and
// jobs may need its schema.
import { dbHandle } from "@/lib/db";
import { startEmbeddedVacuum } from "@/lib/db/embedded-vacuum";
import { env } from "@/lib/env";
import { noteForeground } from "@/lib/http/foreground";
import { underPressure } from "@/lib/http/server-pressure";
import { logger } from "@/lib/logger";
import { generalSlotsElsewhere } from "./general-slots-elsewhere";
import { personWaitingHandle } from "./person-waiting-handle";
import type { JobHandlers } from "./types";
import { startWorker, type Worker } from "./worker";

const globalForWorker = globalThis as unknown as { ticketflowServerWorker?: Promise<Worker | null> };

/** Idempotent: a second call (dev reloads, a second bundle) returns the running worker; null
 *  when this process runs no worker (TICKETFLOW_SERVER_WORKER=off). */
export function startServerWorker(handlers: JobHandlers): Promise<Worker | null> {
  globalForWorker.ticketflowServerWorker ??= (async () => {
    const enabled = env().TICKETFLOW_SERVER_WORKER; // throws first when "off" without PostgreSQL
    const handle = dbHandle();
    const applied = await handle.migrate();
    if (applied.length > 0) logger.info({ applied }, "applied pending migrations");
    // The embedded database belongs to this process: so does its vacuum (lib/db/embedded-vacuum.ts).
    startEmbeddedVacuum(handle, (error) =>
      logger.warn({ err: error }, "embedded VACUUM failed; retried next interval"),
    );
    if (!enabled) {
      logger.info("TICKETFLOW_SERVER_WORKER=off: no job worker in this process; run `npm run worker`");
      return null;
    }
    // No signal handlers: Next exits on SIGTERM without waiting, and a job cut short is
    // retaken by a worker once its lease expires.
    const personHandle = personWaitingHandle(handle);
    // Background jobs give way while this process's requests keep its event loop busy; on
    // PostgreSQL the events thread runs them, and this worker keeps the lane (lib/events/events-thread.ts).
    return startWorker({
      handle,
      personWaitingHandle: personHandle,
      handlers,
      concurrency: 4,
      pollIntervalMs: 1_000,
      underPressure,
      laneWork: noteForeground,
      generalSlots: () => !generalSlotsElsewhere(),
    });
  })();
  return globalForWorker.ticketflowServerWorker;
}
