// The production server that `npm start` runs (scripts/serve.ts starts it as a child): Next's
// request handler for every path, in the same process, except the routes answered directly
// (lib/http/direct-routes.ts: the public API under /api/v1), served with the same handler function
// without Next's per-request pipeline, with the same security headers as proxy.ts adds. `next.prepare()` runs instrumentation.ts once (migrations,
// the in-process job worker, inbound SMTP, the direct routes' registration) before the port opens;
// proxy.ts, next.config and every page and route behave as under `next start`.
// Usage: node --require tsx/cjs scripts/server.ts [-p <port>] [-H <host>] (defaults: PORT or 3000,
// every interface).
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { startEventsThreadFromEnv, type EventsThread } from "@/lib/events/events-thread";
import { noteForegroundRequest } from "@/lib/http/foreground";
import { serveDirect } from "@/lib/http/serve-direct";
import { noteRequest } from "@/lib/http/server-pressure";

function option(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  Object.assign(process.env, { NODE_ENV: "production" });
  const port = Number(option("-p") ?? process.env.PORT ?? 3000);
  const hostname = option("-H");
  // tsx turned source maps on for our TypeScript; as under `next start`, not for Next's bundles:
  // Node would read and keep every chunk's map (~60–90 MiB of RSS, seconds of start-up CPU).
  process.setSourceMapsEnabled(false);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: path.resolve(__dirname, ".."), port, hostname });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  let eventsThread: EventsThread | null = null;
  const server = http.createServer((req, res) => {
    noteRequest(req, res); // the in-process worker gives way to requests (lib/http/server-pressure.ts)
    if (eventsThread?.serve(req, res)) return;
    noteForegroundRequest(req, res); // the events thread holds new events back meanwhile (lib/http/foreground.ts)
    if (!serveDirect(req, res)) void nextHandler(req, res);
  });
  // Node closes an idle kept-alive connection after 5 s; a client that sends on it at that moment
  // gets ECONNRESET (seen from e2e's API client in CI). Keep idle connections longer than the
  // usual client pools and proxies do (60 s), so the client closes first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  // Next prepares its server (instrumentation.ts: migrations, the worker, inbound SMTP, the
  // direct routes) on the first request it handles, as under `next start`: make that request now,
  // so all of it runs at start-up. Until then the direct routes are not registered and Next
  // serves them, with the same handler.
  const { address } = server.address() as AddressInfo;
  const self = address === "::" || address === "0.0.0.0" ? "127.0.0.1" : address;
  await fetch(`http://${self.includes(":") ? `[${self}]` : self}:${port}/api/v1/pipelines`).catch(() => {});
  // On PostgreSQL, POST /api/v1/events on a thread of its own (lib/events/events-thread.ts); until
  // it is ready, and if it ever stops, the main thread answers them as above.
  eventsThread = await startEventsThreadFromEnv().catch((error: unknown) => {
    console.error("The events thread did not start; events are answered on the main thread:", error);
    return null;
  });
  console.log(`Listening on http://${hostname ?? "localhost"}:${port}`);
  // As `next start` does: stop at once; a job cut short is retaken when its lease expires.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
