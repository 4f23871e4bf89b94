// Whether an answer goes out over https: the configured public URL is https, or the peer is a
// trusted proxy (TICKETFLOW_TRUSTED_PROXIES) that says the client used https. Decides HSTS and
// upgrade-insecure-requests (lib/http/security-headers.ts) in proxy.ts and in the production
// server's direct routes (scripts/server.ts).
import { env } from "@/lib/env";
import { peerIsTrustedProxy } from "./client-address";

type HeaderBag = Headers | Record<string, unknown>;

export function servedOverHttps(headers: HeaderBag): boolean {
  if ((env().NEXTAUTH_URL ?? "").startsWith("https://")) return true;
  const proto = headers instanceof Headers ? headers.get("x-forwarded-proto") : headers["x-forwarded-proto"];
  return peerIsTrustedProxy(headers) && proto === "https";
}
