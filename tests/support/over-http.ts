// Sends a test's Request over a real connection on 127.0.0.1 to a node:http server that
// dispatches as the production server does (scripts/server.ts): on PostgreSQL POST /api/v1/events
// through the events thread (lib/events/events-thread.ts, on this file's database), then the
// registered direct routes (lib/http/serve-direct.ts, with the security headers); or to a handler
// of the test's own through the same adapter (lib/http/node-fetch.ts): what the test sees is what
// a client on the wire gets.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { FetchHandler } from "@/lib/http/direct-routes";
import { serveFetch } from "@/lib/http/node-fetch";
import { serveDirect } from "@/lib/http/serve-direct";
import { startEventsThread, type EventsThread } from "@/lib/events/events-thread";
import { testDatabaseUrl } from "./test-database";

const handlers = new Map<string, FetchHandler>();
let listening: Promise<string> | undefined;
let eventsThread: EventsThread | undefined;
let sequence = 0;

/** As the production server on PostgreSQL: the events on a thread of their own, on this file's database. */
async function startThread(): Promise<void> {
  const url = testDatabaseUrl();
  if (url) eventsThread = await startEventsThread({ env: { ...process.env, DATABASE_URL: url } });
}

function server(): Promise<string> {
  listening ??= startThread().then(() => listen());
  return listening;
}

/** Whether POST /api/v1/events is answered on the events thread (PostgreSQL) in this file. */
export async function eventsOnThread(): Promise<boolean> {
  await server();
  return eventsThread?.running ?? false;
}

/** Stops the events thread, before the file's database is dropped (tests/support/setup-file.ts). */
export async function stopTestServer(): Promise<void> {
  await eventsThread?.stop();
  eventsThread = undefined;
}

function listen(): Promise<string> {
  return new Promise((resolve) => {
    const node = http.createServer((req, res) => {
      if (eventsThread?.serve(req, res)) return;
      if (serveDirect(req, res)) return;
      const key = /^\/via\/(\d+)\//.exec(req.url ?? "")?.[1];
      const handler = key ? handlers.get(key) : undefined;
      if (!handler) return void res.writeHead(404).end();
      void serveFetch(handler, req, res);
    });
    node.unref();
    node.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(node.address() as AddressInfo).port}`));
  });
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
