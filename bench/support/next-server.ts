// The production server (scripts/server.ts, what `npm start` runs: Next plus the routes answered
// directly) on the bench build (.next-bench, rebuilt when a source is newer) for the benches and
// the kill -9 test, and the CPU time and peak RSS (VmHWM) of its process tree, read from /proc.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildIsStale } from "../../scripts/build-if-stale";
import { PRODUCTION_SERVER_ARGS } from "../../scripts/serve";

// BENCH_DIST_DIR: another build to compare (A/B of two versions, each built into its own folder).
export const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";

let building: Promise<void> | undefined;

/** The bench build, current with the sources: started by the first call, which later calls
 *  share. Asynchronous, so that `npm run bench` prepares its databases meanwhile (bench/run.ts). */
export function ensureBenchBuild(): Promise<void> {
  building ??= build();
  return building;
}

async function build(): Promise<void> {
  // The default build follows the sources (a stale one would measure old code under today's
  // label); a BENCH_DIST_DIR build is kept as it is, since A/B runs compare an older version.
  const present = fs.existsSync(path.join(DIST_DIR, "BUILD_ID"));
  if (present && (process.env.BENCH_DIST_DIR || !buildIsStale(DIST_DIR))) return;
  console.log(`Building ${DIST_DIR}…`);
  // Without Next's type check (next.config.js): `npm test` runs tsc over the same sources.
  const env = {
    ...process.env,
    TICKETFLOW_NEXT_DIST_DIR: DIST_DIR,
    TICKETFLOW_BUILD_TYPECHECK: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // next build adds the build folder's type globs to tsconfig.json's include: put it back as it
  // was, so a bench leaves the working tree clean.
  const tsconfig = fs.readFileSync("tsconfig.json");
  const child = spawn("npx", ["next", "build"], { stdio: "inherit", env });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (!fs.readFileSync("tsconfig.json").equals(tsconfig)) fs.writeFileSync("tsconfig.json", tsconfig);
  if (code !== 0) throw new Error(`next build into ${DIST_DIR} failed`);
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface NextServer {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** BENCH_CPU_PROF_DIR: the server writes a V8 CPU profile there when it stops (bench/PROFILE.md). */
function profiling(): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

export async function startNext(env: Record<string, string | undefined>): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...profiling(), ...PRODUCTION_SERVER_ARGS, "-H", "127.0.0.1", "-p", String(port)],
    {
      env: {
        ...process.env,
        NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex"),
        NEXTAUTH_URL: url,
        ...env,
        TICKETFLOW_NEXT_DIST_DIR: DIST_DIR,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    // Up when the API answers (401 without a key): the server, its database and migrations are ready.
    const up = await fetch(`${url}/api/v1/pipelines`).then(
      (r) => r.status === 401,
      () => false,
    );
    if (up) break;
    if (i > 240) throw new Error("the server did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      const hard = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(hard);
        resolve();
      });
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
    } catch {
      /* gone */
    }
  }
  return kids;
}

function treeOf(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...childrenOf(tree[i]!));
  return tree;
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux

/** CPU time (user + system, ms) one process, not its children, has used so far (0 once gone). */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const [utime, stime] = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .slice(11, 13)
      .map(Number);
    return ((utime! + stime!) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, ms) the process tree has used so far: a cost per event that, unlike
 *  throughput, barely moves when other work shares the machine. */
export function cpuMs(pid: number): number {
  return treeOf(pid).reduce((sum, p) => sum + processCpuMs(p), 0);
}

/** Waits until the tree is idle (under 20 ms of CPU in 500 ms: the worker has drained what the
 *  load enqueued), at most `limitMs`; returns its CPU time then. */
export async function cpuMsWhenIdle(pid: number, limitMs = 30_000): Promise<number> {
  let last = cpuMs(pid);
  for (const started = Date.now(); Date.now() - started < limitMs;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuMs(pid);
    if (now - last < 20) return now;
    last = now;
  }
  return last;
}

/** Peak resident set (MiB) of the process and its descendants (the next-server child, if any). */
export function peakRssMiB(pid: number): number {
  const tree = treeOf(pid);
  let peak = 0;
  for (const p of tree) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      /* gone */
    }
  }
  return peak;
}
