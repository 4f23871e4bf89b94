// An inbound email's bytes → what Ticketflow keeps of it. mailparser is lenient (it "parses"
// random bytes into an empty message), so a message without a header section or without a
// sender address in From is refused here as unparsable: there is no contact to file it under.
import { simpleParser, type AddressObject } from "mailparser";
import { bracketed } from "../message-id";

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
  subject: string | null;
  text: string;
  /** Header values by lower-case name, unfolded, in order (a header may repeat). */
  headers: ReadonlyMap<string, readonly string[]>;
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

function sender(from: AddressObject | undefined): InboundEmail["from"] {
  const address = from?.value.find((entry) => entry.address)?.address?.trim();
  if (!address) throw new UnparsableMessageError("The message has no sender address in its From header.");
  const name = from?.value.find((entry) => entry.address)?.name?.trim();
  return { email: address, name: name || null };
}

export async function parseInboundEmail(raw: Buffer): Promise<InboundEmail> {
  let parsed;
  try {
    parsed = await simpleParser(raw, { skipImageLinks: true });
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
    subject: parsed.subject?.trim() || null,
    text: (parsed.text ?? "").trim(),
    headers: headerMap(parsed.headerLines),
  };
}
