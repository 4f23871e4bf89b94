// Raw 8-bit bytes in the header section (a subject or name sent without RFC 2047 encoding, as
// older clients and some Outlook versions do). mailparser (libmime) reads them as UTF-8, which
// turns windows-1252 "é" into U+FFFD. When the header bytes are not valid UTF-8, they are
// re-encoded from the charset the message declares for its body (the first `charset=` of a
// Content-Type: the sender's client wrote both), else windows-1252 (a superset of ISO-8859-1,
// what such mail almost always is), with iconv-lite — then mailparser parses as usual.
// Valid UTF-8 (RFC 6532 internationalized headers) is left as it is.
import iconv from "iconv-lite";

const SCAN_BYTES = 64 * 1024;
const FALLBACK = "windows-1252";

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The first charset a Content-Type of the message declares, if iconv-lite knows it (not UTF-8). */
export function declaredCharset(raw: Buffer): string {
  const head = raw.subarray(0, SCAN_BYTES).toString("latin1");
  const match = /content-type:[^\n]*(?:\r?\n[ \t][^\n]*)*?charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(head);
  const charset = match?.[1]?.toLowerCase();
  if (!charset || /^utf-?8$/.test(charset) || /^(us-)?ascii$/.test(charset)) return FALLBACK;
  return iconv.encodingExists(charset) ? charset : FALLBACK;
}

/** Bytes before the blank line that ends the header section (all of them when there is none). */
function headerSectionLength(raw: Buffer): number {
  const ends = [raw.indexOf("\r\n\r\n"), raw.indexOf("\n\n")].filter((index) => index >= 0);
  return ends.length > 0 ? Math.min(...ends) : raw.length;
}

/** The message with its header section re-encoded to UTF-8 when it held legacy 8-bit bytes. */
export function withUtf8Headers(raw: Buffer): Buffer {
  const headerLength = headerSectionLength(raw);
  const header = raw.subarray(0, headerLength);
  if (!header.some((byte) => byte >= 0x80) || isUtf8(header)) return raw;
  const decoded = iconv.decode(header, declaredCharset(raw));
  return Buffer.concat([Buffer.from(decoded, "utf8"), raw.subarray(headerLength)]);
}
