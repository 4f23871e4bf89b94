// Next hands route handlers, server actions and proxy.ts the request's headers but never its
// socket, and it fills X-Forwarded-For from the socket only when the client sent none. So the
// server process stamps every incoming request with its socket's peer address in a header of
// its own, overwriting whatever a client sent under that name. The value carries a random token
// of this process: a header that did not come from the stamp (a process that never installed it)
// is refused rather than believed.
import crypto from "node:crypto";
import http, { type IncomingMessage } from "node:http";

export const PEER_HEADER = "x-ticketflow-peer";
const TOKEN = Symbol.for("ticketflow.peer-stamp.token");
const INSTALLED = Symbol.for("ticketflow.peer-stamp.installed");

type Globals = { [TOKEN]?: string; [INSTALLED]?: boolean };

function processToken(): string {
  const globals = globalThis as Globals;
  return (globals[TOKEN] ??= crypto.randomBytes(18).toString("base64url"));
}

/** The header value that says "the socket's peer is `address`" in this process. */
export function peerStampValue(address: string): string {
  return `${processToken()} ${address}`;
}

/** Stamps one request (a custom server in front of Next calls this itself). */
export function stampPeer(request: IncomingMessage): void {
  request.headers[PEER_HEADER] = peerStampValue(request.socket?.remoteAddress ?? "");
}

/** The peer address in a stamped header value, or null when the value is not this process's stamp. */
export function readPeerStamp(value: string | undefined): string | null {
  if (!value) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== processToken()) return null;
  return value.slice(space + 1) || null;
}

/** Stamps every request every HTTP server in this process receives, before any listener sees it. */
export function installPeerStamp(): void {
  const globals = globalThis as Globals;
  if (globals[INSTALLED]) return;
  globals[INSTALLED] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeer(args[0] as IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
