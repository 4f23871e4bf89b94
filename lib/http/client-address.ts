// Who is asking: the address of the socket's peer, or — when TICKETFLOW_TRUSTED_PROXIES says the
// peer is a proxy of ours — the right-most X-Forwarded-For entry that is not a trusted proxy.
// Next gives handlers headers only, so the server stamps the peer into a header of its own
// (lib/http/peer-stamp.ts) that a client can never set: a client-sent value is overwritten.
import proxyAddr from "proxy-addr";
import type { IncomingMessage } from "node:http";
import { env } from "@/lib/env";
import { parseTrustedProxies, type TrustProxy } from "@/lib/env/trusted-proxies";
import { readPeerStamp } from "./peer-stamp";

type HeaderBag = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : undefined;
}

/** The client's address, or null when the server did not stamp the peer (a misconfiguration). */
export function clientAddress(headers: HeaderBag, trust: TrustProxy = configuredTrust()): string | null {
  const peer = readPeerStamp(header(headers, "x-ticketflow-peer"));
  if (!peer) return null;
  const forwardedFor = header(headers, "x-forwarded-for");
  // proxy-addr walks from the peer leftwards through X-Forwarded-For while hops are trusted.
  const request = { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: {} };
  if (forwardedFor) Object.assign(request.headers, { "x-forwarded-for": forwardedFor });
  return proxyAddr(request as unknown as IncomingMessage, trust);
}

/** Whether the peer is a trusted proxy (then its X-Forwarded-Proto may be believed). */
export function peerIsTrustedProxy(headers: HeaderBag, trust: TrustProxy = configuredTrust()): boolean {
  const peer = readPeerStamp(header(headers, "x-ticketflow-peer"));
  return peer !== null && trust(peer, 0);
}

let configured: { setting: string; trust: TrustProxy } | undefined;

/** TICKETFLOW_TRUSTED_PROXIES, parsed once (env() has validated it). */
export function configuredTrust(): TrustProxy {
  const setting = env().TICKETFLOW_TRUSTED_PROXIES;
  if (configured?.setting !== setting) configured = { setting, trust: parseTrustedProxies(setting) };
  return configured.trust;
}
