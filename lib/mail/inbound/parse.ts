// An inbound email's bytes → what Ticketflow keeps of it. mailparser is lenient (it "parses"
// random bytes into an empty message), so a message without a header section or without a
// sender address in From is refused here as unparsable: there is no contact to file it under.
import { simpleParser, type AddressObject, type Attachment } from "mailparser";
import { bracketed } from "../message-id";
import { withUtf8Headers } from "./header-charset";
import { htmlToText } from "./html-text";
import { inboundAttachments, type InboundAttachment } from "./attachments";

export class UnparsableMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnparsableMessageError";
  }
}

export interface InboundEmail {
  /** In angle brackets, as stored on Message rows; null when the message has none. */
  messageId: string | null;
  inReplyTo: string | null;
  /** Oldest first, as the header lists them. */
  references: string[];
  from: { email: string; name: string | null };
  /** RFC 5322 Reply-To: where answers go (and whose contact this is); null when absent. */
  replyTo: { email: string; name: string | null } | null;
  subject: string | null;
  text: string;
  /** Header values by lower-case name, unfolded, in order (a header may repeat). */
  headers: ReadonlyMap<string, readonly string[]>;
  /** Messages (or their headers) carried inside this one: a forward as attachment, a bounce's returned message. */
  enclosed: EnclosedPart[];
}

export interface EnclosedPart {
  /** message/rfc822, text/rfc822-headers, message/global(-headers) or message/delivery-status. */
  contentType: string;
  /** Its header section (of a delivery-status part: all of it), at most 16 KiB. */
  headers: string;
}

const ENCLOSED_TYPES = new Set([
  "message/rfc822",
  "message/global",
  "text/rfc822-headers",
  "message/global-headers",
  "message/delivery-status",
  "message/global-delivery-status",
]);
const ENCLOSED_MAX = 16 * 1024;

/** What the classifiers read, and the files stored with the message. */
export interface ParsedInboundEmail extends InboundEmail {
  attachments: InboundAttachment[];
}

/** Every `<id>` in a header value (bare ids, without brackets, are accepted too). */
export function messageIdsIn(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(" ") : (value ?? "");
  const bracketedIds = text.match(/<[^<>\s]+>/g);
  if (bracketedIds) return bracketedIds;
  return text
    .split(/[\s,]+/)
    .filter((token) => token.includes("@"))
    .map(bracketed);
}

function headerMap(lines: readonly { key: string; line: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    map.set(key.toLowerCase(), [...(map.get(key.toLowerCase()) ?? []), value]);
  }
  return map;
}

function enclosedParts(attachments: readonly Attachment[]): EnclosedPart[] {
  return attachments
    .filter((attachment) => ENCLOSED_TYPES.has(attachment.contentType.toLowerCase()))
    .map((attachment) => {
      const text = attachment.content.subarray(0, ENCLOSED_MAX).toString("utf8").replace(/\r\n/g, "\n");
      const headers = attachment.contentType.includes("delivery-status") ? text : text.split(/\n\s*\n/, 1)[0]!;
      return { contentType: attachment.contentType.toLowerCase(), headers };
    });
}

/** The plain-text part; for HTML-only mail, its HTML as readable text. */
function bodyText(text: string | undefined, html: string | false | undefined): string {
  const plain = (text ?? "").trim();
  return plain === "" && html ? htmlToText(html) : plain;
}

function firstAddress(list: AddressObject | AddressObject[] | undefined): InboundEmail["replyTo"] {
  const entry = [list ?? []]
    .flat()
    .flatMap((object) => object.value)
    .find((value) => value.address?.includes("@"));
  return entry?.address ? { email: entry.address.trim(), name: entry.name?.trim() || null } : null;
}

function sender(from: AddressObject | undefined): InboundEmail["from"] {
  const address = from?.value.find((entry) => entry.address)?.address?.trim();
  if (!address) throw new UnparsableMessageError("The message has no sender address in its From header.");
  const name = from?.value.find((entry) => entry.address)?.name?.trim();
  return { email: address, name: name || null };
}

export async function parseInboundEmail(raw: Buffer): Promise<ParsedInboundEmail> {
  let parsed;
  try {
    parsed = await simpleParser(withUtf8Headers(raw), { skipImageLinks: true });
  } catch (error) {
    throw new UnparsableMessageError(`The message could not be parsed as MIME: ${(error as Error).message}`);
  }
  // mailparser files a line without "Name:" under the key "": a message with no real header.
  if (!parsed.headerLines.some((header) => /^[\x21-\x39\x3b-\x7e]+$/.test(header.key))) {
    throw new UnparsableMessageError("The message has no header section.");
  }
  const ids = (value: string | string[] | undefined) => messageIdsIn(value);
  return {
    messageId: ids(parsed.messageId)[0] ?? null,
    inReplyTo: ids(parsed.inReplyTo).at(-1) ?? null,
    references: ids(parsed.references),
    from: sender(parsed.from),
    replyTo: firstAddress(parsed.replyTo),
    subject: parsed.subject?.trim() || null,
    text: bodyText(parsed.text, parsed.html),
    headers: headerMap(parsed.headerLines),
    enclosed: enclosedParts(parsed.attachments),
    attachments: inboundAttachments(parsed),
  };
}
