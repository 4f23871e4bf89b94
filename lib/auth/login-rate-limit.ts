// Sign-in throttling. Failures are counted per (email, client address) — so an attacker
// elsewhere cannot lock the real user out — plus a looser cap per address across emails.
import { db } from "@/lib/db";

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_EMAIL_AND_ADDRESS = 8;
const MAX_FAILURES_PER_ADDRESS = 40;

export async function loginIsThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const [pair, address] = await Promise.all([
    db.loginAttempt.count({ where: { email, ip, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return pair >= MAX_FAILURES_PER_EMAIL_AND_ADDRESS || address >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
  // A successful sign-in clears that pair's failures.
  if (success) await db.loginAttempt.deleteMany({ where: { email, ip, success: false } });
}
