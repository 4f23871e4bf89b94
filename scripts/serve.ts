// Starts the server as a child (signals forwarded, exit code passed through): the production
// server (scripts/server.ts: Next plus the routes answered directly), or `next dev`.
import { spawn } from "node:child_process";
import path from "node:path";

export interface ServeOptions {
  /** `next dev` instead of the production server. */
  dev?: boolean;
  /** The address to bind; unset → every interface. */
  host?: string;
}

/** Node's arguments that run the production server (scripts/server.ts): tsx's CommonJS hook only
 *  (its ESM hooks would run a loader thread, a second V8 heap, for nothing: Next is JavaScript).
 *  V8's default young generation: a larger one (32 MB semi-spaces) cut the events handler's CPU
 *  by 9–13 % while it ran on the main thread, but on PostgreSQL it now runs on a thread of its own
 *  (lib/events/events-thread.ts), and the flag would enlarge both threads' young generations
 *  (+64 MiB resident; bench/PROFILE.md, 4 Dec: "The events on a thread of their own").
 *  The old generation may grow by half its live size before V8 collects it, instead of by a
 *  factor V8 picks (up to 4) from how fast it collects: under a steady event load the heap held
 *  ~100 MiB live and grew to 200–230 MiB of garbage between collections. The server's peak RSS
 *  on the embedded database fell from 414–441 to 371 MiB over a 20 s load (377–387 in the bench's
 *  runs since), on PostgreSQL from ~285 to ~264, with the same events/s (bench/PROFILE.md, 5 Dec:
 *  "A server's first seconds"). */
export const PRODUCTION_SERVER_ARGS = [
  "--heap-growing-percent=50",
  "--require",
  "tsx/cjs",
  path.join(__dirname, "server.ts"),
];

export function serve(port: string, options: ServeOptions = {}): void {
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const host = options.host ? ["-H", options.host] : [];
  const args = options.dev
    ? [require.resolve("next/dist/bin/next"), "dev", "-p", port, ...host]
    : [...PRODUCTION_SERVER_ARGS, "-p", port, ...host];
  const server = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
