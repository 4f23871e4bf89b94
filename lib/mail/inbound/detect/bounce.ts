// Delivery failures (bounces, DSNs), however they arrive — also relayed with a rewritten
// envelope sender: a multipart/report of report-type delivery-status (RFC 3464), the
// X-Failed-Recipients header (Exim, Gmail), a mailer-daemon / postmaster sender, or the usual
// subjects ("Undeliverable:", "Delivery Status Notification (Failure)", "Mail delivery
// failed", localized: subject-prefixes.ts). A bounce is also an automatic reply: it never
// opens or moves a ticket. What it says about our email: bounceReport.
import type { InboundEmail } from "../parse";
import { headerValue, localPart } from "./headers";
import { hasBounceSubject } from "./subject-prefixes";

const DAEMON_SENDERS = new Set(["mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"]);
const REASON_MAX = 500;

type BounceInput = Pick<InboundEmail, "headers" | "subject" | "from" | "text" | "enclosed">;

/** Why this message is a bounce, or null. */
export function bounceMarker(email: Pick<InboundEmail, "headers" | "subject" | "from">): string | null {
  const contentType = headerValue(email.headers, "content-type") ?? "";
  if (/^multipart\/report\b/.test(contentType) && /report-type\s*=\s*"?delivery-status/.test(contentType)) {
    return "delivery status report";
  }
  if (email.headers.has("x-failed-recipients")) return "X-Failed-Recipients";
  if (DAEMON_SENDERS.has(localPart(email.from.email))) return "mailer-daemon sender";
  return hasBounceSubject(email.subject) ? "subject" : null;
}

export interface BounceReport {
  /** The Message-ID of the email that bounced, from the returned message or its headers. */
  originalMessageId: string | null;
  /** Who could not be reached (X-Failed-Recipients, Final-Recipient), lower-case. */
  failedRecipients: string[];
  /** The DSN's diagnostic (or status, or the first paragraph of its explanation). */
  reason: string;
  /** A delay warning ("Action: delayed"): still being tried, not failed. */
  delayed: boolean;
}

const clip = (text: string) => (text.length <= REASON_MAX ? text : `${text.slice(0, REASON_MAX - 1)}…`);

function field(text: string, name: string): string | null {
  const match = new RegExp(`^${name}:[ \\t]*(.+(?:\\r?\\n[ \\t]+.+)*)`, "im").exec(text);
  return match ? match[1]!.replace(/\s+/g, " ").trim() : null;
}

function recipients(email: BounceInput, reportText: string): string[] {
  const listed = (email.headers.get("x-failed-recipients") ?? []).flatMap((value) => value.split(","));
  const finals = [...reportText.matchAll(/^(?:Final|Original)-Recipient:\s*rfc822;\s*<?([^\s>]+)>?/gim)].map(
    (m) => m[1]!,
  );
  return [...new Set([...listed, ...finals].map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@")))];
}

function reasonOf(reportText: string, text: string): string {
  const diagnostic = field(reportText, "Diagnostic-Code");
  if (diagnostic) return clip(diagnostic.replace(/^smtp;\s*/i, ""));
  const status = field(reportText, "Status");
  if (status) return clip(`Status ${status}`);
  const explanation = text.split(/\n\s*\n/).find((paragraph) => paragraph.trim() !== "");
  return clip(explanation?.replace(/\s+/g, " ").trim() || "The receiving server returned the email.");
}

export function bounceReport(email: BounceInput): BounceReport {
  // The machine-readable part may be an enclosed part or (mailparser) folded into the text.
  const reportText = [email.text, ...email.enclosed.map((part) => part.headers)].join("\n");
  const enclosedId = email.enclosed
    .map((part) => /^Message-ID:\s*(<[^<>\s]+>)/im.exec(part.headers)?.[1])
    .find((id) => id !== undefined);
  const quotedId = /^\s*Message-ID:\s*(<[^<>\s]+>)/im.exec(email.text)?.[1];
  const actions = [...reportText.matchAll(/^Action:\s*([a-z]+)/gim)].map((m) => m[1]!.toLowerCase());
  return {
    originalMessageId: enclosedId ?? quotedId ?? null,
    failedRecipients: recipients(email, reportText),
    reason: reasonOf(reportText, email.text),
    delayed: actions.length > 0 && actions.every((action) => action === "delayed"),
  };
}
