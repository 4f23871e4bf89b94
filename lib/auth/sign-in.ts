// Email + password sign-in, hardened: throttled per account and per address unless the browser
// holds the account's device cookie (lib/auth/login-attempts.ts), and the same answer and the
// same bcrypt work whether the account exists, is inactive or is real: neither the words nor the
// time tell an attacker which emails have accounts.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { addressBucket } from "@/lib/http/address-bucket";
import { hashPassword, verifyPassword } from "./password";
import { attemptSucceeded, pruneOldAttempts, startAttempt } from "./login-attempts";
import { SIGN_IN_FAILED, signInThrottledMessage } from "./schemas";

export interface SignInRequest {
  email: string;
  password: string;
  /** The client's address (lib/http/client-address.ts); null when the server could not tell. */
  address: string | null;
  /** The nonce of the account's device cookie, when the browser presented a valid one. */
  deviceNonce: string | null;
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  /** Carried in the session token (lib/auth/current-user.ts compares it on each request). */
  sessionVersion: number;
}

export class SignInRefused extends Error {}

let decoyHash: Promise<string> | undefined;

/** A hash of a random password at the real cost: what unknown and inactive accounts are checked against. */
function decoy(): Promise<string> {
  return (decoyHash ??= hashPassword(crypto.randomBytes(18).toString("base64url")));
}

let warnedNoAddress = false;

function bucketOf(address: string | null): string {
  if (address) return addressBucket(address);
  if (!warnedNoAddress) {
    warnedNoAddress = true;
    logger.error("sign-in: the client address is unknown (the peer stamp is not installed); one shared bucket");
  }
  return "unknown";
}

/** The user, or throws SignInRefused with the message to show. `trustedDevice`: no new cookie needed. */
export async function signInWithPassword(
  request: SignInRequest,
): Promise<{ user: SignedInUser; trustedDevice: boolean }> {
  const { email, password } = request;
  const decoyReady = decoy(); // ready before any path needs it, so the first unknown email is not slower
  const started = await startAttempt({ email, address: bucketOf(request.address), device: request.deviceNonce });
  if ("retryAfterSeconds" in started) throw new SignInRefused(signInThrottledMessage(started.retryAfterSeconds));
  void pruneOldAttempts().catch((error) => logger.warn({ err: error }, "sign-in: pruning old attempts failed"));
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true, sessionVersion: true },
  });
  // One bcrypt comparison on every path: an unknown email costs what a real one does.
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyReady));
  if (!user || !user.active || !matches) throw new SignInRefused(SIGN_IN_FAILED);
  await attemptSucceeded(started.attemptId);
  const { id, name, sessionVersion } = user;
  return { user: { id, name, email: user.email, sessionVersion }, trustedDevice: started.trustedDevice };
}
