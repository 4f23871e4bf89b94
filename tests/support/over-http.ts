// Sends a test's Request over a real connection on 127.0.0.1 to a node:http server that
// dispatches as the production server does (lib/http/serve-direct.ts: the registered direct
// routes, e.g. POST /api/v1/events, with the security headers), or to a handler of the test's
// own through the same adapter (lib/http/node-fetch.ts): what the test sees is what a client on
// the wire gets.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { FetchHandler } from "@/lib/http/direct-routes";
import { serveFetch } from "@/lib/http/node-fetch";
import { serveDirect } from "@/lib/http/serve-direct";

const handlers = new Map<string, FetchHandler>();
let listening: Promise<string> | undefined;
let sequence = 0;

function server(): Promise<string> {
  listening ??= new Promise((resolve) => {
    const node = http.createServer((req, res) => {
      if (serveDirect(req, res)) return;
      const key = /^\/via\/(\d+)\//.exec(req.url ?? "")?.[1];
      const handler = key ? handlers.get(key) : undefined;
      if (!handler) return void res.writeHead(404).end();
      void serveFetch(handler, req, res);
    });
    node.unref();
    node.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(node.address() as AddressInfo).port}`));
  });
  return listening;
}

/** The test server's base URL (http://127.0.0.1:<port>). */
export const testServerUrl = (): Promise<string> => server();

/** A request as the production server answers it (its direct routes; 404 otherwise). */
export async function sendToServer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  return fetch(`${await server()}${url.pathname}${url.search}`, {
    method: request.method,
    headers: request.headers,
    body,
  });
}

/** `handler` as a client reaches it through the production server's adapter. */
export function overHttp(handler: FetchHandler): (request: Request) => Promise<Response> {
  const key = String(++sequence);
  handlers.set(key, handler);
  return async (request) => {
    const url = new URL(request.url);
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    return fetch(`${await server()}/via/${key}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body,
    });
  };
}
