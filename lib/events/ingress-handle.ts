// The connections machine traffic is ingested through (signed events, inbound SMTP): on
// PostgreSQL a pool of their own beside the app's, so a burst of events queues for its own
// connections and never ahead of a person's request (a status change, a board move) on the app's
// pool; the latency bench saw a status change wait ~150 ms (p90) there behind event requests.
// PGlite is one session: the app's handle.
import "server-only";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";

/** As many as the app's own pool: events alone keep the throughput they had sharing it. */
const INGRESS_POOL_SIZE = 10;

/** One per app handle (tests and scripts install their own); closed with it. */
const ingressByApp = new WeakMap<DbHandle, DbHandle>();

export function ingressHandle(): DbHandle {
  const app = dbHandle();
  let ingress = ingressByApp.get(app);
  if (!ingress) {
    ingress = app.sibling(INGRESS_POOL_SIZE);
    ingressByApp.set(app, ingress);
  }
  return ingress;
}
