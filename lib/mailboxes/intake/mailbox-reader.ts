// Reads one mailbox while this instance holds its lease (issue 18 items 2 and 4): connect, open
// the folder, pass over it, then wait for the server's IDLE push (new mail at once) or, where the
// server has no IDLE, poll every pollMs; the lease is renewed meanwhile. Any failure — DNS, TCP,
// TLS, password, missing folder, the server going away — is recorded on the mailbox in words
// (shown on the channel and in Settings > Jobs), the lease is let go and the next attempt waits
// the backoff: never a silent stop.
import "server-only";
import type { ImapFlow } from "imapflow";
import { logger } from "@/lib/logger";
import { describeConnectionFailure } from "../connection-errors";
import { imapClient } from "../mail-servers";
import { loadMailboxConnection } from "../stored-mailbox";
import { holdLease, recordFailure, recordReading, releaseLease } from "./intake-store";
import { importBatch } from "./import-existing";
import { LeaseLostError, syncFolder, type SyncContext } from "./sync-folder";
import type { Deliver } from "./file-message";

export interface ReaderOptions {
  holder: string;
  leaseMs: number;
  renewMs: number;
  /** Without IDLE: a pass this often (30 s by default). With IDLE: a safety pass this often × 10. */
  pollMs: number;
  maxBytes: number;
  retryDelayMs: (failures: number) => number;
  deliver?: Deliver;
  afterFiled?: (uid: bigint) => Promise<void>;
}

export interface MailboxReader {
  channelId: string;
  /** Settles when the reader has stopped (failure recorded, lease lost or let go). */
  done: Promise<void>;
  stop(): Promise<void>;
  /** Tests: dies as a killed process would — no cleanup, the lease left to expire. */
  crash(): void;
}

const log = logger.child({ component: "mailbox-intake" });

export function startReader(channelId: string, version: number, options: ReaderOptions): MailboxReader {
  const conn: { client: ImapFlow | null } = { client: null };
  let stopping = false;
  let crashed = false;
  let wake: () => void = () => {};
  let pending = true;
  const timers: NodeJS.Timeout[] = [];
  const signal = () => {
    pending = true;
    wake();
  };
  const nextSignal = () => new Promise<void>((resolve) => (wake = resolve));

  const renew = async () => {
    const held = await holdLease(channelId, options.holder, options.leaseMs).catch(() => version);
    if (held !== version) stopping = true; // lost, disconnected or changed: stop (restarted with new settings)
    if (stopping) signal();
  };

  async function read(): Promise<void> {
    const mailbox = await loadMailboxConnection(channelId);
    if (!mailbox || mailbox.version !== version) return;
    const client = imapClient(mailbox.imap);
    conn.client = client;
    client.on("error", (error: unknown) => log.warn({ channelId, err: error }, "IMAP connection error"));
    client.on("exists", signal);
    const at = { protocol: "IMAP", host: mailbox.imap.host, port: mailbox.imap.port };
    const lost = `IMAP ${at.host}:${at.port}: the connection was lost.`;
    const closed = new Promise<never>((_, reject) =>
      client.once("close", () => reject(Object.assign(new Error(lost), { described: true }))),
    );
    closed.catch(() => {});
    try {
      await client.connect();
    } catch (error) {
      throw Object.assign(new Error(describeConnectionFailure(error, at).message), { described: true });
    }
    try {
      await client.mailboxOpen(mailbox.folder);
    } catch (error) {
      throw Object.assign(new Error(describeConnectionFailure(error, at, mailbox.folder).message), { described: true });
    }
    const idle = client.capabilities.has("IDLE");
    await recordReading(channelId, options.holder, idle ? "idle" : "polling");
    timers.push(setInterval(() => void renew(), options.renewMs));
    timers.push(setInterval(signal, idle ? options.pollMs * 10 : options.pollMs));
    const ctx: SyncContext = {
      client,
      channelId,
      holder: options.holder,
      afterFiling: mailbox.afterFiling,
      moveToFolder: mailbox.moveToFolder,
      maxBytes: options.maxBytes,
      deliver: options.deliver,
      afterFiled: options.afterFiled,
    };
    while (!stopping) {
      if (pending) {
        pending = false;
        await Promise.race([syncFolder(ctx), closed]);
        if (await Promise.race([importBatch(ctx), closed])) pending = true;
        await recordReading(channelId, options.holder, idle ? "idle" : "polling");
        await new Promise((resolve) => setImmediate(resolve)); // PGlite: let the event loop breathe
        continue;
      }
      await Promise.race([nextSignal(), closed]);
    }
  }

  async function failed(error: unknown): Promise<void> {
    if (crashed) return;
    if (error instanceof LeaseLostError) return void log.info({ channelId }, error.message);
    const described = (error as { described?: boolean }).described;
    const message = described ? (error as Error).message : `Reading the mailbox failed: ${(error as Error).message}`;
    const failures = await recordFailure(channelId, options.holder, message, options.retryDelayMs);
    log.warn({ channelId, failures, reason: message }, "mailbox intake failed; retrying after a backoff");
  }

  const done = (async () => {
    try {
      await read();
      if (!crashed) await releaseLease(channelId, options.holder);
    } catch (error) {
      await failed(error).catch((e: unknown) => log.error({ channelId, err: e }, "could not record the failure"));
    } finally {
      for (const timer of timers) clearInterval(timer);
      if (!crashed) await conn.client?.logout().catch(() => conn.client?.close());
    }
  })();

  return {
    channelId,
    done,
    async stop() {
      stopping = true;
      signal();
      await done;
    },
    crash() {
      crashed = true;
      stopping = true;
      for (const timer of timers) clearInterval(timer);
      conn.client?.close();
      signal();
    },
  };
}
