// The connections the jobs a person waits on use (the worker's lane, lib/jobs/worker.ts): on
// PostgreSQL a small pool of their own on the same database, so a status change's email does not
// queue for one of the shared pool's connections behind the event requests and the backlog
// (the latency bench saw ~50 statements waiting there). PGlite is one session: the same handle.
import { dbConfigFromEnv } from "@/lib/db";
import { openDb, type DbHandle } from "@/lib/db/open";

/** One lane job runs at a time; a spare connection keeps a claim from waiting on a slow step. */
const PERSON_WAITING_POOL_SIZE = 2;

/** A handle for the lane beside `handle` (the app's, from the environment); close it with the worker. */
export function personWaitingHandle(handle: DbHandle): DbHandle {
  const config = dbConfigFromEnv();
  if (handle.kind !== "postgres" || config.kind !== "postgres") return handle;
  return openDb({ ...config, poolSize: PERSON_WAITING_POOL_SIZE });
}
