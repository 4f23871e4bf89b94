// `next start` on the bench build (.next-bench, built once when missing) for the events bench,
// and the peak RSS (VmHWM) of its process tree, read from /proc.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const DIST_DIR = ".next-bench";

export function ensureBenchBuild(): void {
  if (fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) return;
  console.log(`Building ${DIST_DIR} (once)…`);
  const env = { ...process.env, TICKETFLOW_NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  const built = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (built.status !== 0) throw new Error(`next build into ${DIST_DIR} failed`);
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface NextServer { url: string; process: ChildProcess; stop: () => Promise<void> }

export async function startNext(env: Record<string, string | undefined>): Promise<NextServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex"), ...env, TICKETFLOW_NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    // Up when the API answers (401 without a key): the server, its database and migrations are ready.
    const up = await fetch(`${url}/api/v1/pipelines`).then((r) => r.status === 401, () => false);
    if (up) break;
    if (i > 240) throw new Error("next start did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    const hard = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => { clearTimeout(hard); resolve(); });
    child.kill("SIGTERM");
  });
  return { url, process: child, stop };
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch { /* gone */ }
  }
  return kids;
}

/** Peak resident set (MiB) of the process and its descendants (the next-server child, if any). */
export function peakRssMiB(pid: number): number {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...childrenOf(tree[i]!));
  let peak = 0;
  for (const p of tree) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch { /* gone */ }
  }
  return peak;
}
