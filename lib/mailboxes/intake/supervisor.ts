// This instance's share of mailbox intake (issue 18 item 4): every scanMs (or when woken) it
// looks for mailboxes nobody reads — no lease, or the holder stopped renewing it (died) — and not
// backing off, takes their lease and starts a reader. With several instances on PostgreSQL the
// conditional lease update lets exactly one win each mailbox; any instance may send.
import "server-only";
import crypto from "node:crypto";
import os from "node:os";
import { logger } from "@/lib/logger";
import { retryDelayMs } from "@/lib/jobs/backoff";
import { holdLease, mailboxesToRead } from "./intake-store";
import { startReader, type MailboxReader, type ReaderOptions } from "./mailbox-reader";
import { onMailboxWake } from "./wake";

export interface IntakeOptions extends Partial<Omit<ReaderOptions, "holder">> {
  /** This instance's name in the lease (default host:pid:random). */
  instance?: string;
  scanMs?: number;
}

export interface MailboxIntake {
  instance: string;
  readers: ReadonlyMap<string, MailboxReader>;
  /** Looks for mailboxes to read now. */
  scan(): Promise<void>;
  stop(): Promise<void>;
}

/** Unreachable mailboxes: 10 s, 20 s, 40 s … up to 15 minutes between attempts (with jitter). */
export const MAILBOX_RETRY = { baseMs: 10_000, capMs: 15 * 60_000, maxRetryAfterMs: 15 * 60_000 };

const log = logger.child({ component: "mailbox-intake" });

export function startMailboxIntake(options: IntakeOptions = {}): MailboxIntake {
  const instance = options.instance ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  const reader: Omit<ReaderOptions, "holder"> = {
    leaseMs: options.leaseMs ?? 60_000,
    renewMs: options.renewMs ?? 15_000,
    pollMs: options.pollMs ?? 30_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    retryDelayMs: options.retryDelayMs ?? ((failures) => retryDelayMs(failures, MAILBOX_RETRY)),
    deliver: options.deliver,
    afterFiled: options.afterFiled,
  };
  const readers = new Map<string, MailboxReader>();
  let sequence = 0;
  let stopped = false;
  let scanning: Promise<void> | null = null;

  async function scanOnce(): Promise<void> {
    for (const channelId of await mailboxesToRead()) {
      if (stopped || readers.has(channelId)) continue;
      const holder = `${instance}#${++sequence}`;
      const version = await holdLease(channelId, holder, reader.leaseMs);
      if (version === null) continue; // another instance won it
      const started = startReader(channelId, version, { ...reader, holder });
      readers.set(channelId, started);
      void started.done.then(() => {
        readers.delete(channelId);
        if (!stopped) setTimeout(() => void scan(), 50); // settings changed: read again at once
      });
    }
  }

  function scan(): Promise<void> {
    scanning ??= scanOnce()
      .catch((error: unknown) => log.error({ err: error }, "looking for mailboxes to read failed"))
      .finally(() => (scanning = null));
    return scanning;
  }

  const timer = setInterval(() => void scan(), options.scanMs ?? 10_000);
  const unsubscribe = onMailboxWake(() => void scan());
  void scan();
  return {
    instance,
    readers,
    scan,
    async stop() {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await scanning;
      await Promise.all([...readers.values()].map((r) => r.stop()));
    },
  };
}
