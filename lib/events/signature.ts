// Signed requests, both ways: incoming events and (later) outgoing webhooks carry
// `Ticketflow-Signature: t=<unix seconds>,v1=<hex>`, v1 = HMAC-SHA256(secret, `${t}.${body}`).
// A header may hold several v1 entries (the sender signs with old and new secrets while a
// secret rotates); one match is enough. Comparisons are constant-time.
import crypto from "node:crypto";

export const SIGNATURE_HEADER = "Ticketflow-Signature";
/** Replays older (or clocks further apart) than this are refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signatureOf(secret: string, body: string, t: number): string {
  return crypto.createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
}

/** The header value for `body` signed at `t` (unix seconds) with each secret. */
export function sign(secrets: string | readonly string[], body: string, t: number): string {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  return [`t=${t}`, ...list.map((secret) => `v1=${signatureOf(secret, body, t)}`)].join(",");
}

export type SignatureCheck = { ok: true; t: number } | { ok: false; reason: string };

interface ParsedHeader {
  t: number;
  v1: Buffer[];
}

function parseHeader(header: string): ParsedHeader | string {
  let t: number | null = null;
  const v1: Buffer[] = [];
  for (const part of header.split(",")) {
    const [key, value, ...rest] = part.trim().split("=");
    if (!key || value === undefined || rest.length > 0) return `malformed entry "${part.trim()}"`;
    if (key === "t") {
      if (t !== null || !/^\d{1,12}$/.test(value)) return "t must appear once, as unix seconds";
      t = Number(value);
    } else if (key === "v1") {
      if (!/^[0-9a-f]{64}$/i.test(value)) return "v1 must be 64 hex characters";
      v1.push(Buffer.from(value, "hex"));
    } // other schemes (v0, future ones) are ignored
  }
  if (t === null) return "t is missing";
  if (v1.length === 0) return "no v1 signature";
  return { t, v1 };
}

export function verifySignature(input: {
  header: string | null;
  body: string;
  secrets: readonly string[];
  now: Date;
  toleranceSeconds?: number;
}): SignatureCheck {
  if (!input.header) return { ok: false, reason: `The ${SIGNATURE_HEADER} header is missing.` };
  const parsed = parseHeader(input.header);
  if (typeof parsed === "string")
    return { ok: false, reason: `The ${SIGNATURE_HEADER} header is malformed: ${parsed}.` };
  const tolerance = input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  const skew = Math.abs(input.now.getTime() / 1000 - parsed.t);
  if (skew > tolerance) {
    return {
      ok: false,
      reason: `The signature timestamp is ${Math.round(skew)} s away from now (over ${tolerance} s).`,
    };
  }
  const matches = input.secrets.some((secret) => {
    const expected = Buffer.from(signatureOf(secret, input.body, parsed.t), "hex");
    return parsed.v1.some((candidate) => crypto.timingSafeEqual(candidate, expected));
  });
  return matches ? { ok: true, t: parsed.t } : { ok: false, reason: "No v1 signature matches the body." };
}
