// The response headers of an attachment download: always a download (`Content-Disposition:
// attachment`, never rendered inline), under a name that is safe in the header and on disk, with
// the sender's content type only when it is a plain, passive format, and no sniffing. The
// header itself is built by `content-disposition` (jshttp, Express's): an ASCII `filename=`
// fallback plus RFC 6266/8187 `filename*=UTF-8''…` when the name is not plain ASCII.
import { create as contentDisposition } from "content-disposition";

const MAX_NAME = 180;
const FALLBACK_NAME = "attachment";

/**
 * The sender's filename made safe: no path (separators become `_`), no control or bidi-override
 * characters, none of `<>:"|?*` (quotes would end the header's quoted string; the rest are refused
 * by Windows), no leading dots or trailing dots/spaces, at most 180 characters (the extension kept).
 */
export function sanitizeFilename(name: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[\\/<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  return shorten(cleaned, MAX_NAME) || FALLBACK_NAME;
}

function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : "";
  return Array.from(name.slice(0, name.length - extension.length))
    .slice(0, max - Array.from(extension).length)
    .join("")
    .concat(extension);
}

/** Passive formats a browser would never run as a page; anything else downloads as octet-stream. */
const SAFE_TYPES = new Set([
  "application/pdf",
  "application/zip",
  "application/gzip",
  "application/x-7z-compressed",
  "application/x-tar",
  "application/rtf",
  "application/json",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
  "application/vnd.ms-outlook",
  "message/rfc822",
  "text/plain",
  "text/csv",
  "text/calendar",
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/bmp",
  "image/tiff",
  "image/heic",
  "audio/mpeg",
  "audio/wav",
  "audio/ogg",
  "video/mp4",
  "video/quicktime",
  "video/webm",
]);
const SAFE_PREFIXES = ["application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument."];

export function safeContentType(contentType: string): string {
  const type = contentType.trim().toLowerCase();
  const safe =
    SAFE_TYPES.has(type) ||
    SAFE_PREFIXES.some((prefix) => type.startsWith(prefix) && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type));
  return safe ? type : "application/octet-stream";
}

/** `attachment; filename="<ASCII, others and % as _>"` and, for any other name, `filename*=UTF-8''<name>`. */
export function contentDispositionOf(safeName: string): string {
  return contentDisposition(safeName, { type: "attachment", fallback: safeName.replace(/[^\x20-\x7e]|%/g, "_") });
}

export function downloadHeaders(file: { filename: string; contentType: string; size: number }): HeadersInit {
  return {
    "Content-Type": safeContentType(file.contentType),
    "Content-Disposition": contentDispositionOf(sanitizeFilename(file.filename)),
    "Content-Length": String(file.size),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
