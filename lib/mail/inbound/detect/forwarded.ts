// Forwarded mail (it never changes status, SPEC §4), recognised by
//   - the subject's leading prefix (subject-prefixes.ts: Fw, Fwd, WG, TR, RV, VS, VL, VB, ENC,
//     I, Doorst, PD, 転送 …) — a leading reply prefix ("Re: Fwd: …", "AW: WG: …") is a reply;
//   - a forwarded-message separator in the unquoted part of the body: Gmail's "---------- Forwarded
//     message ---------", Apple Mail's "Begin forwarded message:", Thunderbird's and Yahoo's
//     "-------- Forwarded Message --------" and their translations (email-forward-parser, Crisp's
//     maintained list of clients and locales);
//   - Outlook's "-----Original Message-----" block ("-----Ursprüngliche Nachricht-----",
//     "-----Message d'origine-----" …) or its "________________________________\nFrom:" block,
//     at the top of the unquoted part — but Outlook writes these for replies too, so only when
//     the subject has no reply prefix;
//   - a message attached whole (message/rfc822, Outlook's "Forward as attachment");
//   - Resent-* headers (a user's "Redirect"/"Bounce" of the message, RFC 5322 §3.6.6).
// Unquoted: no reply quote ("On … wrote:", "> " lines, Outlook's reply block, as
// email-reply-parser finds them) above the separator. A reply quoting an earlier forward is a reply.
// Not read, on purpose: X-Forwarded-To / X-Forwarded-For, which Gmail and Google Workspace add to
// every message a mailbox forwarding rule relays — the usual way mail reaches a help desk.
import EmailForwardParser from "email-forward-parser";
import EmailReplyParser from "email-reply-parser";
import type { InboundEmail } from "../parse";
import { leadingPrefix } from "./subject-prefixes";

const HEAD_CHARS = 64 * 1024;
// Built once: each parser compiles its whole table of client and locale patterns when created.
const forwardParser = new EmailForwardParser();
const replyParser = new EmailReplyParser();
/** Reply headers that email-forward-parser also takes for Outlook 2019 forward separators. */
const REPLY_HEADER_LINE =
  /\b(wrote|schrieb|a écrit|escribió|ha scritto|escreveu|skrev|kirjoitti|geschreven|napisał|napsal|följande)\b/i;
const OUTLOOK_ORIGINAL =
  /^\s*-{3,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original|Ursprungligt meddelande|Oprindelig meddelelse|Opprinnelig melding|Alkuperäinen viesti|Wiadomość oryginalna|Oryginalna wiadomość|元のメッセージ)\s*-{3,}\s*$/im;
const OUTLOOK_RULE = /^_{20,}\s*\n\s*(From|Von|De|Da|Van|Från|Fra|Lähettäjä|Od|差出人)\s*:/im;

type ForwardInput = Pick<InboundEmail, "subject" | "text" | "headers" | "enclosed">;

/** Does this text (what precedes a separator) already hold a reply quote? */
function holdsQuote(before: string): boolean {
  if (/^\s*>/m.test(before)) return true;
  return replyParser
    .read(before)
    .getFragments()
    .some((fragment) => fragment.isQuoted());
}

/** A forward separator that is not inside the quoted history of a reply. */
function unquotedForwardSeparator(text: string): boolean {
  const parsed = forwardParser.read(text);
  if (!parsed.forwarded) return false;
  const before = parsed.message ?? "";
  const start = before ? text.indexOf(before) + before.length : 0;
  const separator =
    text
      .slice(start)
      .split("\n")
      .find((line) => line.trim() !== "") ?? "";
  if (REPLY_HEADER_LINE.test(separator) || /^\s*_{20,}\s*$/.test(separator)) return false;
  return !holdsQuote(before);
}

/** Outlook's original-message block, with no reply quote above it. */
function unquotedOutlookBlock(text: string): boolean {
  const match = OUTLOOK_ORIGINAL.exec(text) ?? OUTLOOK_RULE.exec(text);
  return match !== null && !holdsQuote(text.slice(0, match.index));
}

/** Why this message is a forward, or null. */
export function forwardMarker(email: ForwardInput): string | null {
  const prefix = leadingPrefix(email.subject);
  if (prefix === "forward") return "subject";
  if ([...email.headers.keys()].some((name) => name.startsWith("resent-"))) return "Resent headers";
  if (email.enclosed.some((part) => part.contentType === "message/rfc822")) return "attached message";
  const text = email.text.replace(/\r\n/g, "\n").slice(0, HEAD_CHARS);
  if (unquotedForwardSeparator(text)) return "forward separator";
  if (prefix !== "reply" && unquotedOutlookBlock(text)) return "Outlook original message";
  return null;
}
