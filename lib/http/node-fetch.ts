// Serves a fetch-style handler (Request in, Response out, as Next route handlers are written)
// on a node:http request, for the routes the production server answers directly
// (lib/http/direct-routes.ts). The body is buffered up to the API's limit plus one byte and no
// further: the handler's own checks (lib/api/json-body.ts) then answer 413 for a larger body as
// they do under Next, and the connection is closed rather than drained.
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import type { FetchHandler } from "./direct-routes";

export interface Body {
  bytes: Buffer;
  /** Part of the body was left unread (over the limit): the connection cannot be reused. */
  cut: boolean;
}

/** The request line and headers as they arrived: what a handler's Request is built from, on this
 *  thread or another (lib/events/events-thread.ts posts them). */
export interface RequestHead {
  method?: string;
  url?: string;
  rawHeaders: string[];
}

/** A handler's answer as plain data (it can cross to another thread). */
export interface Answer {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

/** Reads `req`'s body, at most `max` bytes and one more. */
export function readBody(req: IncomingMessage, max: number): Promise<Body> {
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

/** As node:http reads it: the first Host header. */
function hostOf(rawHeaders: string[]): string | undefined {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === "host") return rawHeaders[i + 1];
  }
  return undefined;
}

/** The request's URL as a route handler under Next sees it: the client's Host, and https when the
 *  answer goes out over https (lib/http/served-over-https.ts). */
function urlOf(head: RequestHead, https: boolean): string {
  const host = hostOf(head.rawHeaders);
  const safeHost = host && /^[\w.:[\]-]+$/.test(host) ? host : "localhost";
  return `${https ? "https" : "http"}://${safeHost}${head.url ?? "/"}`;
}

/** The Request a route handler is given for `head` and its body. */
export function requestOf(head: RequestHead, body: Uint8Array, https: boolean): Request {
  const headers = new Headers();
  const raw = head.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      /* a header value fetch refuses: the handler never reads it */
    }
  }
  const hasBody = head.method !== "GET" && head.method !== "HEAD";
  return new Request(urlOf(head, https), {
    method: head.method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

/** `response` read in full, as plain data. */
export async function answerOf(response: Response): Promise<Answer> {
  const headers: [string, string][] = [];
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") headers.push([key, value]);
  });
  for (const cookie of response.headers.getSetCookie()) headers.push(["set-cookie", cookie]);
  return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
}

/** Writes `answer` with `extra` headers (they win); `close`: the connection is not reused. */
export function sendAnswer(res: ServerResponse, answer: Answer, close: boolean, extra: Record<string, string>): void {
  const headers: Record<string, string | string[]> = {};
  const cookies: string[] = [];
  for (const [key, value] of answer.headers) {
    if (key === "set-cookie") cookies.push(value);
    else headers[key] = value;
  }
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  headers["content-length"] = String(answer.body.byteLength);
  if (close) headers.connection = "close";
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

/** The API's answer to a failure outside any handler's own error handling: a new one each time,
 *  since an answer's body may be transferred to another thread. */
export function internalFailure(): Answer {
  const failure = { error: { code: "INTERNAL", message: "Something went wrong.", issues: [] } };
  return {
    status: 500,
    headers: [["content-type", "application/json"]],
    body: new TextEncoder().encode(JSON.stringify(failure)),
  };
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
    const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
    sendAnswer(res, await answerOf(response), cut, headers);
  } catch (error) {
    console.error("unexpected error serving a direct route", error);
    if (res.headersSent) return void res.destroy();
    try {
      sendAnswer(res, internalFailure(), true, headers);
    } catch {
      res.destroy();
    }
  }
}
