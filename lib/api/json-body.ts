// Reads a JSON request body within the API's limits: 415 unless JSON, 413 over 256 KiB,
// 400 when it does not parse. Returns the raw text too (signatures are over the raw body).
import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 256 * 1024;

export async function readJsonBody(request: Request): Promise<{ raw: string; json: unknown }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid UTF-8.");
  }
  try {
    return { raw, json: JSON.parse(raw) };
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not valid JSON.");
  }
}

function tooLarge(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The body is over ${MAX_BODY_BYTES / 1024} KiB.`);
}
