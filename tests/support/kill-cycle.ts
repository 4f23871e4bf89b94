// The kill -9 reliability harness: a server (a child serving the events handler with the job
// worker, or `next start`) on a database of its own, whose Support inbox status runs a chain
// (internal email → delay → internal email); a load of signed message.received events (new
// conversations, each one enrolling), SIGKILL in the middle of the load and of chains, restart.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type DbHandle } from "@/lib/db/open";
import { sign } from "@/lib/events/signature";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { seedDemoData } from "@/prisma/seed";
import { createScratchDatabase } from "./scratch-database";
import { newId } from "@/lib/db/ids";

export const CHILD_SECRET = "kill-cycle-secret";
const root = path.resolve(import.meta.dirname, "../..");

export interface KillableServer {
  process: ChildProcess;
  url: string;
}

export function openTarget(target: string, poolSize = 4): DbHandle {
  return openDb(
    target.startsWith("postgres")
      ? { kind: "postgres", connectionString: target, poolSize }
      : { kind: "pglite", dataDir: target },
  );
}

/** The child: by default the events handler and the job worker (short leases: a killed step is
 *  retaken soon); `script` names another child (e.g. tests/support/mailbox-intake-child.ts). */
export function startChild(
  db: string,
  script = "tests/support/events-server-child.ts",
  env: Record<string, string> = {},
): Promise<KillableServer> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, CHILD_DB: db, CHILD_SECRET, LOG_LEVEL: "silent", SMTP_URL: "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ process: child, url: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}` });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
}

/** SIGKILL to the server and every process under it. */
export function killHard(server: KillableServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) return resolve();
    server.process.once("exit", () => resolve());
    for (const pid of descendantsOf(server.process.pid!)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    server.process.kill("SIGKILL");
  });
}

function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree.slice(1);
}

export function stopChild(server: KillableServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) return resolve();
    server.process.once("exit", () => resolve());
    server.process.kill("SIGTERM");
  });
}

export const CHAIN_SUBJECTS = ["Chain first", "Chain second"] as const;

/** Jobs still to run, jobs failed, and chains past their first email. */
export const OPEN_JOBS = `SELECT count(*) FILTER (WHERE state IN ('PENDING', 'RUNNING'))::int AS open,
  count(*) FILTER (WHERE state = 'FAILED')::int AS failed,
  (SELECT count(*) FROM "OutboxEmail" WHERE subject = '${CHAIN_SUBJECTS[0]}')::int AS started FROM "Job"`;
export interface JobProgress {
  open: number;
  failed: number;
  started: number;
}

/** Migrates and seeds a new database; the Support inbox's status (where its new conversations
 *  start) gets the chain. The delay waits until `delayUntil` (re-armed before each cycle). */
export async function prepareDatabase(target: string): Promise<void> {
  const handle = openTarget(target);
  try {
    await handle.migrate();
    await seedDemoData(handle.prisma, { ticketCount: 5 });
    const [row] = await handle.sql.query<{ workflowId: string; agentId: string }>(`
      SELECT w.id AS "workflowId", (SELECT id FROM "User" WHERE email = 'agent@example.com') AS "agentId"
      FROM "Workflow" w JOIN "Channel" c ON c."statusId" = w."statusId" WHERE c.name = 'Support inbox'`);
    const to = { userIds: [row!.agentId], teamIds: [], owner: false };
    const chain: TAction[] = [
      { type: "send_internal_email", to, subject: CHAIN_SUBJECTS[0], body: "first" },
      { type: "delay", until: new Date().toISOString() },
      { type: "send_internal_email", to, subject: CHAIN_SUBJECTS[1], body: "second" },
    ];
    await handle.prisma.workflow.update({ where: { id: row!.workflowId }, data: { enabled: true } });
    for (const [position, action] of chain.entries()) {
      await handle.prisma.workflowAction.create({
        data: { id: newId(), workflowId: row!.workflowId, position, ...toStoredAction(action) },
      });
    }
  } finally {
    await handle.close();
  }
}

/** Chains started from now on wait at their delay until `ms` from now (some are mid-chain at the kill). */
export async function armDelay(target: string, ms: number): Promise<string> {
  const handle = openTarget(target);
  try {
    const [channel] = await handle.sql.query<{ id: string; statusId: string }>(
      `SELECT id, "statusId" FROM "Channel" WHERE name = 'Support inbox'`,
    );
    await handle.sql.query(
      `
      UPDATE "WorkflowAction" a SET config = jsonb_build_object('until', $1::text) FROM "Workflow" w
      WHERE a.type = 'DELAY' AND a."workflowId" = w.id AND w."statusId" = $2`,
      [new Date(Date.now() + ms).toISOString(), channel!.statusId],
    );
    return channel!.id;
  } finally {
    await handle.close();
  }
}

export function eventsFor(
  channelId: string,
  n: number,
  tag: string,
): { id: string; messageId: string; body: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `kill-${tag}-${i}`;
    const messageId = `<${id}@customer.example>`;
    const body = JSON.stringify({
      id,
      type: "message.received",
      occurredAt: new Date().toISOString(),
      data: {
        channelId,
        threadKey: `thread-${id}`,
        messageId,
        from: { email: `c${i}-${tag}@customer.example` },
        subject: "Help",
        text: "Where is my order?",
      },
    });
    return { id, messageId, body };
  });
}

/** POSTs one event; the status, or 0 when the connection died. */
export async function post(url: string, body: string): Promise<{ status: number; json: any }> {
  try {
    const response = await fetch(`${url}/api/v1/events`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "ticketflow-signature": sign(CHILD_SECRET, body, Math.floor(Date.now() / 1000)),
      },
    });
    return { status: response.status, json: await response.json() };
  } catch {
    return { status: 0, json: null };
  }
}

/** A database of its own: a throw-away PostgreSQL database on `server`, or a PGlite folder. */
export async function scratchTarget(
  server: string | undefined,
): Promise<{ target: string; drop: () => Promise<void> }> {
  if (!server?.startsWith("postgres")) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-kill-"));
    return { target: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const database = await createScratchDatabase(server, "tf_kill");
  return { target: database.url, drop: database.drop };
}
