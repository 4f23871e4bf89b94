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
 *  (its ESM hooks would run a loader thread, a second V8 heap, for nothing: Next is JavaScript),
 *  and a young generation twice V8's default (semi-spaces of 32 MB, not 16): each request's
 *  short-lived objects then die young instead of being copied into the old generation. On
 *  PostgreSQL the events handler's CPU fell 9–13 % (bench/handler-cpu.ts, alternating runs), for
 *  ~25 MiB more resident memory (bench/PROFILE.md, 4 Dec: "Prepared statements everywhere, a
 *  larger young generation, …"). */
export const PRODUCTION_SERVER_ARGS = [
  "--max-semi-space-size=32",
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
