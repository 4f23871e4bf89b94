// The connections the jobs a person waits on use (the worker's lane, lib/jobs/worker.ts): on
// PostgreSQL a small pool of their own on the same database, so a status change's email does not
// queue for one of the shared pool's connections behind the backlog (the latency bench saw ~50
// statements waiting there). PGlite is one session: the same handle.
import type { DbHandle } from "@/lib/db/open";

/** One lane job runs at a time; a spare connection keeps a claim from waiting on a slow step. */
const PERSON_WAITING_POOL_SIZE = 2;

/** A handle for the lane beside `handle`, on the same database; closed with it. */
export function personWaitingHandle(handle: DbHandle): DbHandle {
  return handle.sibling(PERSON_WAITING_POOL_SIZE);
}
