// One outgoing HTTP request to a pinned target (resolve-target.ts): the socket connects to the
// checked address while the Host header and TLS SNI keep the URL's name; redirects are not
// followed (the 3xx is the answer); the whole exchange has a deadline; at most `maxBytes` of the
// answer are read and the connection is then dropped, so a huge or endless body costs nothing.
import http, { type IncomingHttpHeaders } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { PinnedTarget } from "./resolve-target";

export interface SafeRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  maxBytes: number;
  /** Aborts the request early (e.g. the job worker stopping). */
  signal?: AbortSignal;
}

export interface SafeResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The first maxBytes of the body at most. */
  body: Buffer;
  truncated: boolean;
}

/** The request never reached an answer: refused, reset, unreachable, or no answer in time. */
export class NetworkFailure extends Error {
  constructor(
    message: string,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = "NetworkFailure";
  }
}

/** A resolver that answers every name with the checked address. */
function pinnedLookup(target: PinnedTarget): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

export function safeRequest(target: PinnedTarget, request: SafeRequest): Promise<SafeResponse> {
  const deadline = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline;
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise<SafeResponse>((resolve, reject) => {
    const fail = (error: Error) => {
      const timedOut = deadline.aborted;
      const code = (error as NodeJS.ErrnoException).code;
      const why = timedOut
        ? `no answer within ${request.timeoutMs / 1000} s`
        : `${code ?? error.name}: ${error.message}`;
      reject(new NetworkFailure(why, timedOut));
    };
    const outgoing = client.request(
      target.url,
      {
        method: request.method,
        headers: { ...request.headers, "content-length": Buffer.byteLength(request.body) },
        agent: false, // a fresh connection to the pinned address; nothing pooled across targets
        lookup: pinnedLookup(target),
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        const done = (truncated: boolean) =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            truncated,
          });
        response.on("data", (chunk: Buffer) => {
          const room = request.maxBytes - bytes;
          chunks.push(chunk.subarray(0, room));
          bytes += Math.min(chunk.length, room);
          if (chunk.length > room) {
            done(true);
            response.destroy(); // stop reading; the rest of the body is never downloaded
          }
        });
        response.on("end", () => done(false));
        response.on("error", fail);
      },
    );
    outgoing.on("error", fail);
    outgoing.end(request.body);
  });
}
