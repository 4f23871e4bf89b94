// `npm start`: migrate + seed (first start), build when the sources changed, then serve.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { prepareDatabase } from "./prepare-db";
import { ensureLocalSecrets } from "./local-secrets";

const SOURCE_DIRS = ["app", "components", "lib", "public", "generated"];
const SOURCE_FILES = ["next.config.js", "package.json", "tailwind.config.ts", "proxy.ts", "instrumentation.ts"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(entry) > builtAt);
}

async function main(): Promise<void> {
  loadEnvConfig(process.cwd());
  ensureLocalSecrets();
  await prepareDatabase();
  if (buildIsStale()) {
    console.log("Building the app (next build)…");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  console.log(`Ticketflow: ${process.env.NEXTAUTH_URL}  (sign in with a demo user above)\n`);
  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env: process.env });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
