// What kind of email arrived, from its headers (SPEC §4 "always" rules):
// - forwarded: never changes status (Fwd:/Fw: subject, X-Forwarded-*/Resent-* headers, or a
//   forwarded-message divider in the body);
// - auto-reply: never creates a ticket, never changes status (RFC 3834 Auto-Submitted other
//   than "no", X-Autoreply/X-Autorespond, Precedence auto_reply/bulk/junk, an empty envelope
//   sender `<>`, a multipart/report delivery or read report).
import type { InboundEmail } from "./parse";

export interface Classification {
  forwarded: boolean;
  autoReply: boolean;
}

const FORWARDED_SUBJECT = /^\s*(fwd?|fw)\s*:/i;
const FORWARDED_HEADER = /^(x-forwarded-|resent-)/;
const FORWARDED_BODY = /(-{2,}\s*Forwarded message\s*-{2,}|^\s*Begin forwarded message:)/im;
const AUTO_PRECEDENCE = new Set(["auto_reply", "bulk", "junk"]);
const REPORT_TYPES = new Set(["delivery-status", "disposition-notification"]);

type Headers = InboundEmail["headers"];

const first = (headers: Headers, name: string) => headers.get(name)?.[0]?.trim().toLowerCase() ?? null;

export function isForwarded(email: Pick<InboundEmail, "subject" | "text" | "headers">): boolean {
  if (email.subject && FORWARDED_SUBJECT.test(email.subject)) return true;
  if ([...email.headers.keys()].some((name) => FORWARDED_HEADER.test(name))) return true;
  return FORWARDED_BODY.test(email.text);
}

function isReport(headers: Headers): boolean {
  const contentType = first(headers, "content-type");
  if (!contentType?.startsWith("multipart/report")) return false;
  const reportType = /report-type\s*=\s*"?([a-z-]+)/.exec(contentType)?.[1];
  return reportType !== undefined && REPORT_TYPES.has(reportType);
}

/** `envelopeFrom` is the SMTP MAIL FROM address ("" for the null sender `<>`). */
export function isAutoReply(email: Pick<InboundEmail, "headers">, envelopeFrom: string): boolean {
  const { headers } = email;
  if (envelopeFrom.trim() === "") return true;
  const autoSubmitted = first(headers, "auto-submitted");
  if (autoSubmitted !== null && autoSubmitted.split(";")[0]!.trim() !== "no") return true;
  if (headers.has("x-autoreply") || headers.has("x-autorespond")) return true;
  const precedence = first(headers, "precedence");
  if (precedence !== null && AUTO_PRECEDENCE.has(precedence)) return true;
  return isReport(headers);
}

export function classifyInbound(email: InboundEmail, envelopeFrom: string): Classification {
  return { forwarded: isForwarded(email), autoReply: isAutoReply(email, envelopeFrom) };
}
