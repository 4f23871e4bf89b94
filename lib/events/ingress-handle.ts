// The connections machine traffic is ingested through (signed events, inbound SMTP): on
// PostgreSQL a pool of their own beside the app's, so a burst of events queues for its own
// connections and never ahead of a person's request (a status change, a board move) on the app's
// pool; the latency bench saw a status change wait ~150 ms (p90) there behind event requests.
// PGlite is one session: the app's handle.
import "server-only";
import { dbHandle } from "@/lib/db";
import type { DbHandle } from "@/lib/db/open";

/** Few: a handful keep PostgreSQL's cores busy with events, and every further one is another
 *  backend competing for those cores with a person's statements (the latency bench's change →
 *  email p95 was 51.5–71.6 ms with 10 and 42.5–44.4 with 4: bench/PROFILE.md, 5 Dec). Since the
 *  events thread holds new events while a person waits (lib/http/foreground.ts), 8 cost the person
 *  nothing (p95 35.6–37.1 ms against 37.9–38.1 with 4) and answer more events with a shorter tail
 *  (723–764/s, p99 33–37 ms, against 664–715/s, p99 35–44 ms: bench/PROFILE.md, 5 Dec: "A
 *  server's first seconds"). */
export const INGRESS_POOL_SIZE = 8;

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
