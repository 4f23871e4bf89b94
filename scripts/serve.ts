// Starts `next start` (or `next dev`) as a child (signals forwarded, exit code passed through).
import { spawn } from "node:child_process";

export interface ServeOptions {
  /** `next dev` instead of the production server. */
  dev?: boolean;
  /** The address to bind; unset → Next's default (every interface). */
  host?: string;
}

export function serve(port: string, options: ServeOptions = {}): void {
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const nextBin = require.resolve("next/dist/bin/next");
  const args = [nextBin, options.dev ? "dev" : "start", "-p", port, ...(options.host ? ["-H", options.host] : [])];
  const server = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
