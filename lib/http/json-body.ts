// Reads a JSON request body within the API's limits: 415 unless JSON, 413 over 256 KiB,
// 400 when it does not parse. Returns the raw text too (signatures are over the raw body).
import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 256 * 1024;

export async function readJsonBody(request: Request): Promise<{ raw: string; json: unknown }> {
  const raw = await readRawJsonBody(request);
  return { raw, json: parseJsonText(raw) };
}

/** The body as text, within the limits, not yet parsed (a signature is checked on these bytes first). */
export async function readRawJsonBody(request: Request): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await readCapped(request, MAX_BODY_BYTES);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid UTF-8.");
  }
}

export function parseJsonText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
}

/** Reads at most `max` bytes: a body without (or lying about) Content-Length is cut off, not buffered. */
async function readCapped(request: Request, max: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The body is over ${MAX_BODY_BYTES / 1024} KiB.`);
}
