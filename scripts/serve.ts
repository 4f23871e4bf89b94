// Starts `next start` as a child (signals forwarded, exit code passed through).
import { spawn } from "node:child_process";

export function serve(port: string): void {
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  const nextBin = require.resolve("next/dist/bin/next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env: process.env });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
