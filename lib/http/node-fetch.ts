// Serves a fetch-style handler (Request in, Response out, as Next route handlers are written)
// on a node:http request, for the routes the production server answers directly
// (lib/http/direct-routes.ts). The body is buffered up to the API's limit plus one byte and no
// further: the handler's own checks (lib/api/json-body.ts) then answer 413 for a larger body as
// they do under Next, and the connection is closed rather than drained.
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import type { FetchHandler } from "./direct-routes";

interface Body {
  bytes: Buffer;
  /** Part of the body was left unread (over the limit): the connection cannot be reused. */
  cut: boolean;
}

function readBody(req: IncomingMessage, max: number): Promise<Body> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > max) return Promise.resolve({ bytes: Buffer.alloc(0), cut: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > max) {
        req.pause();
        req.off("data", onData);
        resolve({ bytes: Buffer.concat(chunks), cut: true });
      }
    };
    req.on("data", onData);
    req.once("end", () => resolve({ bytes: Buffer.concat(chunks), cut: false }));
    req.once("error", reject);
  });
}

/** The request's URL as a route handler under Next sees it: the client's Host, and https when the
 *  answer goes out over https (lib/http/served-over-https.ts). */
function urlOf(req: IncomingMessage, https: boolean): string {
  const host = req.headers.host && /^[\w.:[\]-]+$/.test(req.headers.host) ? req.headers.host : "localhost";
  return `${https ? "https" : "http"}://${host}${req.url ?? "/"}`;
}

function requestOf(req: IncomingMessage, body: Buffer, https: boolean): Request {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      /* a header value fetch refuses: the handler never reads it */
    }
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(urlOf(req, https), {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

async function send(
  res: ServerResponse,
  response: Response,
  close: boolean,
  extra: Record<string, string>,
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") headers[key] = value;
  });
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  headers["content-length"] = String(body.length);
  if (close) headers.connection = "close";
  res.writeHead(response.status, headers);
  res.end(body);
}

export interface ServeOptions {
  /** The route's params (lib/http/direct-routes.ts), as Next gives a route handler. */
  params?: Record<string, string>;
  /** The answer goes out over https: the request's URL says so, as under Next. */
  https?: boolean;
  maxBodyBytes?: number;
}

/** Answers `req` with `handler`, adding `headers` to its answer (as proxy.ts does under Next: the
 *  security headers); an unexpected failure is a 500 in the API's error shape. */
export async function serveFetch(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string> = {},
  options: ServeOptions = {},
): Promise<void> {
  let cut = false;
  try {
    const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
    cut = body.cut;
    const request = requestOf(req, body.bytes, options.https ?? false);
    await send(res, await handler(request, { params: Promise.resolve(options.params ?? {}) }), cut, headers);
  } catch (error) {
    console.error("unexpected error serving a direct route", error);
    if (res.headersSent) return void res.destroy();
    const failure = { error: { code: "INTERNAL", message: "Something went wrong.", issues: [] } };
    await send(res, Response.json(failure, { status: 500 }), true, headers).catch(() => res.destroy());
  }
}
