// The files of an inbound email, as mailparser found them (every non-body part: attachments,
// inline images of the HTML, attached messages), in the shape the database keeps them
// (lib/mail/inbound/store-attachments.ts). Names and types are the sender's: the download
// sanitizes them (lib/attachments/download-headers.ts).
import type { Attachment as ParsedAttachment, ParsedMail } from "mailparser";
import { detectExtension } from "nodemailer/lib/mime-funcs";

export interface InboundAttachment {
  filename: string;
  /** Lower-case `type/subtype`, without parameters. */
  contentType: string;
  size: number;
  content: Buffer;
  /** Content-ID without angle brackets, or null. */
  contentId: string | null;
  /** Part of the HTML body (an image it shows through `cid:`), rather than a file sent along. */
  inline: boolean;
}

const MAX_FILENAME = 255;
/** PostgreSQL text cannot hold NUL: a name decoded with one would fail the message's transaction. */
const withoutNul = (text: string) => text.replaceAll("\u0000", "");
const MAX_CONTENT_ID = 500;

function contentTypeOf(part: ParsedAttachment): string {
  const type = (part.contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : "application/octet-stream";
}

/** The sender's name for the file, else `attachment-<n>.<extension of its type>`. */
function filenameOf(part: ParsedAttachment, contentType: string, index: number): string {
  const named = withoutNul(part.filename ?? "");
  if (named.trim()) return named.slice(0, MAX_FILENAME);
  const extension = contentType === "message/rfc822" ? "eml" : detectExtension(contentType);
  return `attachment-${index + 1}.${extension}`;
}

function isInline(part: ParsedAttachment, html: string | false | undefined): boolean {
  if (part.related) return true;
  return !!(part.cid && html && html.includes(`cid:${part.cid}`));
}

export function inboundAttachments(parsed: Pick<ParsedMail, "attachments" | "html">): InboundAttachment[] {
  return parsed.attachments.map((part, index) => {
    const contentType = contentTypeOf(part);
    return {
      filename: filenameOf(part, contentType, index),
      contentType,
      size: part.content.length,
      content: part.content,
      contentId: part.cid ? withoutNul(part.cid).slice(0, MAX_CONTENT_ID) : null,
      inline: isInline(part, parsed.html),
    };
  });
}
