// The embedded database has no autovacuum: without this, PGlite never marks pages all-visible
// (so counts cannot be index-only scans: the board's 100,000-ticket counts read every ticket)
// and never reclaims dead rows. The server process (lib/jobs/server-worker.ts) runs
// VACUUM (ANALYZE) of the tables that grow and churn every VACUUM_INTERVAL_MS, as PostgreSQL's
// autovacuum would have by then. It holds PGlite's one session meanwhile (about a second for
// 100,000 tickets under load); a whole-database pass took far longer, so only these tables.
import type { DbHandle } from "./open";

export const VACUUM_INTERVAL_MS = 10 * 60_000;

/** The board's tickets (its counts) and the jobs queue (a row per event, updated as it runs). */
const VACUUMED_TABLES = `"Ticket", "Job"`;

/** VACUUM (ANALYZE) on the embedded database; nothing on PostgreSQL (autovacuum does it). */
export async function vacuumEmbedded(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") await handle.sql.exec(`VACUUM (ANALYZE) ${VACUUMED_TABLES}`);
}

/** vacuumEmbedded every `intervalMs` (a timer that does not keep the process alive); stop() ends it. */
export function startEmbeddedVacuum(
  handle: DbHandle,
  onError: (error: unknown) => void,
  intervalMs = VACUUM_INTERVAL_MS,
): { stop(): void } {
  if (handle.kind !== "pglite") return { stop() {} };
  const timer = setInterval(() => void vacuumEmbedded(handle).catch(onError), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
