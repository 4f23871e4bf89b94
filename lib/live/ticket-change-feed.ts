// Which tickets changed, for open boards and ticket records (issue 15 item 6). Every ticket write
// (the engine's, a bulk move, the worker's, another app instance's) sets "updatedAt" in its
// transaction, so one poller per process asks the database for recently changed tickets and pushes
// them to this process's listeners (server-sent events). It works alike on PGlite and on
// PostgreSQL with several app instances, and costs one indexed query per interval however many
// browsers listen; it runs only while someone listens.
//
// Transactions commit out of order, and app instances' clocks differ a little: each poll looks
// back LOOKBACK_MS before the newest change seen and reports a ticket only when its version is new.
// A poll reads the newest changes first, at most PAGE_ROWS of them: a bulk write of more tickets
// than that within the look-back (an import, a bulk move, a seed) cannot hold the feed at its own
// instant, and listeners are told the batch overflowed, so they reload what they show rather than
// trust the list (the oldest of that burst were not listed).
// A new listener is told at once of the changes of the look-back before it subscribed: the page
// it serves was read moments before its stream opened (on a slow machine, seconds before), and a
// change in between, or while a dropped stream reconnected, would otherwise never reach it. It may
// hear of a change its page already shows; that costs one reload, a missed one costs a stale page.
import "server-only";
import { dbHandle } from "@/lib/db";
import { epochMs, rows, sql, utc } from "@/lib/db/sql";
import type { TicketChange } from "./ticket-change";

/** `overflowed`: more tickets changed than one poll lists; some changed tickets are not named. */
type Listener = (changes: TicketChange[], overflowed: boolean) => void;

export const POLL_INTERVAL_MS = 500;
const LOOKBACK_MS = 5_000;
const PAGE_ROWS = 5_000;

interface Row extends TicketChange {
  updatedAtMs: number;
}

export class TicketChangeFeed {
  private readonly listeners = new Set<Listener>();
  /** Versions reported within the look-back window, by ticket id (with when they changed). */
  private readonly reported = new Map<string, TicketChange & { atMs: number }>();
  /** The last poll read a full page: changes may have gone unlisted. */
  private pageWasFull = false;
  private newestMs = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private primed: Promise<void> | undefined;

  /** `pageRows`: the most changes one poll reads (tests make it small). */
  constructor(private readonly pageRows = PAGE_ROWS) {}

  subscribe(listener: Listener): () => void {
    const subscribedAtMs = Date.now();
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    void this.primed?.then(() => {
      if (this.listeners.has(listener)) this.catchUp(listener, subscribedAtMs);
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private start(): void {
    this.newestMs = Date.now();
    this.reported.clear();
    // What changed before anyone listened: remembered, so no poll reports it as new; the listener
    // hears of the look-back's changes once, from catchUp.
    this.primed = this.changedRows().then(
      (found) => {
        this.remember(found);
      },
      () => undefined,
    );
    const tick = async () => {
      await this.primed;
      try {
        const found = await this.changedRows();
        const fresh = this.remember(found);
        // A full page with news in it may have left older news unread: listeners reload.
        this.publish(fresh, this.pageWasFull && fresh.length > 0);
      } catch (error) {
        console.error("live ticket changes: the poll failed", error);
      }
      if (this.listeners.size > 0) this.timer = setTimeout(tick, POLL_INTERVAL_MS);
    };
    this.timer = setTimeout(tick, POLL_INTERVAL_MS);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private changedRows(): Promise<Row[]> {
    const since = new Date(this.newestMs - LOOKBACK_MS);
    return rows<Row>(
      dbHandle().sql,
      sql`SELECT id, "pipelineId", version, ${epochMs(sql`"updatedAt"`)} AS "updatedAtMs"
          FROM "Ticket" WHERE "updatedAt" >= ${utc(since)} ORDER BY "updatedAt" DESC LIMIT ${this.pageRows}`,
    );
  }

  /** The rows whose version was not reported yet; forgets what left the look-back window. */
  private remember(found: Row[]): TicketChange[] {
    this.pageWasFull = found.length >= this.pageRows;
    const fresh: TicketChange[] = [];
    for (const row of found) {
      const known = this.reported.get(row.id);
      this.newestMs = Math.max(this.newestMs, row.updatedAtMs);
      if (known && known.version >= row.version) continue;
      this.reported.set(row.id, {
        id: row.id,
        pipelineId: row.pipelineId,
        version: row.version,
        atMs: row.updatedAtMs,
      });
      fresh.push({ id: row.id, pipelineId: row.pipelineId, version: row.version });
    }
    for (const [id, seen] of this.reported) if (seen.atMs < this.newestMs - 2 * LOOKBACK_MS) this.reported.delete(id);
    return fresh;
  }

  /** The changes of the look-back before `subscribedAtMs`, to a listener that has just subscribed. */
  private catchUp(listener: Listener, subscribedAtMs: number): void {
    const recent: TicketChange[] = [];
    for (const { atMs, ...change } of this.reported.values()) {
      if (atMs >= subscribedAtMs - LOOKBACK_MS) recent.push(change);
    }
    if (recent.length > 0) listener(recent, this.pageWasFull);
  }

  private publish(changes: TicketChange[], overflowed: boolean): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes, overflowed);
  }
}

const globalForFeed = globalThis as unknown as { ticketflowTicketChanges?: TicketChangeFeed };

/** Calls `listener` with every batch of changed tickets until the returned function is called. */
export function onTicketChanges(listener: Listener): () => void {
  globalForFeed.ticketflowTicketChanges ??= new TicketChangeFeed();
  return globalForFeed.ticketflowTicketChanges.subscribe(listener);
}
