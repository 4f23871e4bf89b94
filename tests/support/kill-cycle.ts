// The kill -9 reliability harness: a child serving the events handler on its own database, a
// load of signed message.received events (new conversations), SIGKILL in the middle, restart.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sign } from "@/lib/events/signature";
import { createScratchDatabase } from "./scratch-database";

export const CHILD_SECRET = "kill-cycle-secret";
const root = path.resolve(import.meta.dirname, "../..");

export interface ChildServer { process: ChildProcess; port: number; channelId: string }

export function startChild(db: string, seed: boolean): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/events-server-child.ts"], {
    cwd: root,
    env: { ...process.env, CHILD_DB: db, CHILD_SEED: seed ? "1" : "0", CHILD_SECRET, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ process: child, ...(JSON.parse(line) as { port: number; channelId: string }) });
    });
    child.on("exit", (code) => reject(new Error(`events child exited with ${code} before listening`)));
  });
}

export function killHard(child: ChildServer): Promise<void> {
  return new Promise((resolve) => {
    child.process.once("exit", () => resolve());
    child.process.kill("SIGKILL");
  });
}

export function stopChild(child: ChildServer): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null) return resolve();
    child.process.once("exit", () => resolve());
    child.process.kill("SIGTERM");
  });
}

export function eventsFor(channelId: string, n: number, tag: string): { id: string; messageId: string; body: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `kill-${tag}-${i}`;
    const messageId = `<${id}@customer.example>`;
    const body = JSON.stringify({ id, type: "message.received", occurredAt: new Date().toISOString(), data: {
      channelId, threadKey: `thread-${id}`, messageId, from: { email: `c${i}-${tag}@customer.example` }, subject: "Help", text: "Where is my order?",
    } });
    return { id, messageId, body };
  });
}

/** POSTs one event; the status, or 0 when the connection died. */
export async function post(port: number, body: string): Promise<{ status: number; json: any }> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/events`, {
      method: "POST", body,
      headers: { "content-type": "application/json", "ticketflow-signature": sign(CHILD_SECRET, body, Math.floor(Date.now() / 1000)) },
    });
    return { status: response.status, json: await response.json() };
  } catch {
    return { status: 0, json: null };
  }
}

/** A database of its own for the child: a throw-away PostgreSQL database, or a PGlite folder. */
export async function childDatabase(): Promise<{ target: string; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server?.startsWith("postgres")) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tf-kill-"));
    return { target: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const database = await createScratchDatabase(server, "tf_kill");
  return { target: database.url, drop: database.drop };
}
