// OWASP's device cookie: a browser that has signed in to an account holds a cookie, signed by the
// server, naming that account and a random nonce. Presenting it exempts the browser from the
// account's and the address's throttle (so an attacker cannot lock the real user out); its own
// failures are counted by nonce (lib/auth/throttle-policy.ts). HMAC-SHA256 with a key derived
// from NEXTAUTH_SECRET (HKDF, its own label), compared in constant time.
import crypto from "node:crypto";
import { parseCookie } from "cookie";
import { env } from "@/lib/env";

const VERSION = "d1";
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function signingKey(): Buffer {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(crypto.hkdfSync("sha256", secret, "", "ticketflow device cookie", 32));
}

function signature(email: string, nonce: string): string {
  return crypto.createHmac("sha256", signingKey()).update(`${VERSION}\n${email}\n${nonce}`).digest("base64url");
}

/** One cookie per account a browser signed in to; the name does not spell the email out. */
export function deviceCookieName(email: string): string {
  return `tf_device_${crypto.createHash("sha256").update(email).digest("hex").slice(0, 16)}`;
}

export function issueDeviceToken(email: string): string {
  const nonce = crypto.randomBytes(16).toString("base64url");
  return `${VERSION}.${nonce}.${signature(email, nonce)}`;
}

/** The nonce of a valid device token for `email`, or null. */
export function verifyDeviceToken(email: string, token: string | undefined): string | null {
  const [version, nonce, mac] = token?.split(".") ?? [];
  if (version !== VERSION || !nonce || !mac) return null;
  const expected = Buffer.from(signature(email, nonce));
  const given = Buffer.from(mac);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? nonce : null;
}

/** The device nonce a request's Cookie header proves for `email`, or null. */
export function deviceNonceFromCookieHeader(email: string, cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  return verifyDeviceToken(email, parseCookie(cookieHeader)[deviceCookieName(email)]);
}

/** Cookie attributes: only sent to the sign-in endpoints, never readable by scripts. */
export function deviceCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/api/auth",
    maxAge: MAX_AGE_SECONDS,
    secure: (env().NEXTAUTH_URL ?? "").startsWith("https://"),
  };
}
