// Reading header values the detectors ask about (InboundEmail.headers: lower-case names).
import type { InboundEmail } from "../parse";

export type Headers = InboundEmail["headers"];

/** The first value of a header, trimmed and lower-cased; null when absent. */
export function headerValue(headers: Headers, name: string): string | null {
  return headers.get(name)?.[0]?.trim().toLowerCase() ?? null;
}

/** The local part of an address, lower-cased ("MAILER-DAEMON@x" → "mailer-daemon"). */
export function localPart(address: string): string {
  return address.trim().toLowerCase().split("@")[0] ?? "";
}
