// The production server's dispatch for the routes it answers itself (lib/http/direct-routes.ts):
// what proxy.ts does for Next's answers (the peer stamp, the API's security headers), then the
// route's handler through the node:http adapter.
import type { IncomingMessage, ServerResponse } from "node:http";
import { findDirectRoute } from "./direct-routes";
import { serveFetch } from "./node-fetch";
import { stampPeer } from "./peer-stamp";
import { securityHeaders } from "./security-headers";
import { servedOverHttps } from "./served-over-https";

/** The request target without its query string. */
export function pathnameOf(url: string | undefined): string {
  const query = url?.indexOf("?") ?? -1;
  return query >= 0 ? url!.slice(0, query) : (url ?? "/");
}

/** Answers `req` when a direct route is registered for it; false: hand it to Next. */
export function serveDirect(req: IncomingMessage, res: ServerResponse): boolean {
  const route = findDirectRoute(req.method, pathnameOf(req.url));
  if (!route) return false;
  stampPeer(req);
  const https = servedOverHttps(req.headers);
  void serveFetch(route.handler, req, res, securityHeaders({ kind: "api", https }), {
    params: route.params,
    https,
  });
  return true;
}
