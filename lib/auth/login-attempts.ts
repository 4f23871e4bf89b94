// Sign-in attempts in the database, counted for the throttle (lib/auth/throttle-policy.ts). An
// attempt is written as a failure before the password is checked and turned into a success
// after, under per-account and per-address locks, so parallel guesses cannot all slip through
// before any of them is counted.
import "server-only";
import type { Tx } from "@/lib/db/tx";
import { db } from "@/lib/db";
import { THROTTLE, secondsUntilAllowed } from "./throttle-policy";
import { newId } from "@/lib/db/ids";

export interface AttemptKey {
  email: string;
  /** The client's address bucket (lib/auth/address-bucket.ts). */
  address: string;
  /** The nonce of a valid device cookie for this email, if the browser presented one. */
  device: string | null;
}

export type AttemptStart = { attemptId: string; trustedDevice: boolean } | { retryAfterSeconds: number };

const since = (now: Date, windowMs: number) => ({ gte: new Date(now.getTime() - windowMs) });

async function lockKeys(tx: Tx, keys: string[]): Promise<void> {
  // Always in the same order: two attempts taking both locks cannot deadlock.
  for (const key of [...keys].sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

async function deviceIsHonoured(tx: Tx, device: string, now: Date): Promise<boolean> {
  const failures = await tx.loginAttempt.count({
    where: { device, success: false, createdAt: since(now, THROTTLE.deviceWindowMs) },
  });
  return failures < THROTTLE.deviceMaxFailures;
}

async function waitSeconds(tx: Tx, key: AttemptKey, now: Date): Promise<number> {
  const account = { email: key.email, device: null, success: false, createdAt: since(now, THROTTLE.accountWindowMs) };
  const address = { ip: key.address, device: null, success: false, createdAt: since(now, THROTTLE.addressWindowMs) };
  const accountFailures = await tx.loginAttempt.aggregate({ where: account, _count: true, _max: { createdAt: true } });
  const addressFailures = await tx.loginAttempt.aggregate({ where: address, _count: true, _min: { createdAt: true } });
  return secondsUntilAllowed(
    {
      account: { failures: accountFailures._count, latestAt: accountFailures._max.createdAt },
      address: { failures: addressFailures._count, oldestAt: addressFailures._min.createdAt },
    },
    now,
  );
}

/** Refuses (with the wait) or records the attempt as a failure until `attemptSucceeded`. */
export async function startAttempt(key: AttemptKey, now = new Date()): Promise<AttemptStart> {
  return db.$transaction(async (tx) => {
    await lockKeys(tx, [`signin:account:${key.email}`, `signin:address:${key.address}`]);
    const trustedDevice = key.device !== null && (await deviceIsHonoured(tx, key.device, now));
    if (!trustedDevice) {
      const retryAfterSeconds = await waitSeconds(tx, key, now);
      if (retryAfterSeconds > 0) return { retryAfterSeconds };
    }
    const attempt = await tx.loginAttempt.create({
      data: {
        id: newId(),
        email: key.email,
        ip: key.address,
        device: trustedDevice ? key.device : null,
        success: false,
        createdAt: now,
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, trustedDevice };
  });
}

export async function attemptSucceeded(attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

let lastPrunedAt = 0;

/** Attempts older than every window are of no use: dropped at most once an hour per process. */
export async function pruneOldAttempts(now = new Date()): Promise<void> {
  if (now.getTime() - lastPrunedAt < 60 * 60_000) return;
  lastPrunedAt = now.getTime();
  const oldest = Math.max(THROTTLE.accountWindowMs, THROTTLE.addressWindowMs, THROTTLE.deviceWindowMs);
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - oldest) } } });
}
