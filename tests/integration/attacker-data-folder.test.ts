// An attacker with a shell account on the same machine: the embedded data folder (PGlite files,
// WAL, secrets.json) must be readable and writable by Ticketflow's own account only.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { openDb } from "@/lib/db/open";
import { ensureLocalSecrets } from "@/scripts/local-secrets";
import { postgresServerUrl } from "@/tests/support/test-database";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "tf-attacker-files-"));
fs.chmodSync(root, 0o755); // like a home or /srv folder: other accounts may walk through it
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const NOBODY = 65_534;
const asRoot = process.getuid?.() === 0;

/** Whether another account (uid 65534) can read `file`: the attacker on the same machine. */
function othersCanRead(file: string): boolean {
  const read = spawnSync(process.execPath, ["-e", `require("fs").readFileSync(${JSON.stringify(file)})`], {
    uid: NOBODY,
    gid: NOBODY,
  });
  return read.status === 0;
}

/** Every entry under `dir` (itself included) with any group or other permission bit. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const visit = (entry: string) => {
    const stat = fs.lstatSync(entry);
    if (stat.mode & 0o077) found.push(`${path.relative(root, entry)} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(dir);
  return found;
}

function widen(dir: string): void {
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const entry = path.join(dir, name);
    fs.chmodSync(entry, fs.statSync(entry).isDirectory() ? 0o777 : 0o666);
  }
  fs.chmodSync(dir, 0o777);
}

/** What `npm start` / `npm run dev` do before serving: secrets, then the database (migrate, seed). */
async function startOn(dataDir: string): Promise<void> {
  process.env.TICKETFLOW_DATA_DIR = dataDir;
  ensureLocalSecrets();
  const handle = openDb({
    kind: "pglite",
    dataDir,
    loadDataDir: fs.existsSync(path.join(dataDir, "pgdata"))
      ? undefined
      : new Blob([fs.readFileSync(process.env.TICKETFLOW_TEST_TEMPLATE_DUMP!)]),
  });
  await handle.prisma.user.count();
  await handle.close();
}

it.skipIf(postgresServerUrl())("a fresh data folder, its database files and secrets.json are owner-only", async () => {
  process.umask(0o022); // a usual login shell's umask
  const dataDir = path.join(root, "fresh", "data");
  await startOn(dataDir);
  expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  expect(fs.statSync(path.join(dataDir, "secrets.json")).mode & 0o777).toBe(0o600);
  expect(fs.readdirSync(path.join(dataDir, "pgdata")).length).toBeGreaterThan(5);
  expect(openToOthers(dataDir)).toEqual([]);
  if (asRoot) {
    expect(othersCanRead(path.join(dataDir, "pgdata", "PG_VERSION"))).toBe(false);
    expect(othersCanRead(path.join(dataDir, "secrets.json"))).toBe(false);
  }
});

it.skipIf(postgresServerUrl())(
  "a data folder made world-readable is tightened at the next start, with a log line",
  async () => {
    const dataDir = path.join(root, "widened");
    await startOn(dataDir);
    const secrets = fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8");
    widen(dataDir);
    expect(openToOthers(dataDir).length).toBeGreaterThan(10);
    if (asRoot) expect(othersCanRead(path.join(dataDir, "secrets.json"))).toBe(true); // the attacker works

    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    process.umask(0o022);
    await startOn(dataDir);
    expect(openToOthers(dataDir)).toEqual([]);
    if (asRoot) {
      expect(othersCanRead(path.join(dataDir, "secrets.json"))).toBe(false);
      expect(othersCanRead(path.join(dataDir, "pgdata", "PG_VERSION"))).toBe(false);
    }
    expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
      expect.stringMatching(
        /^Data folder .*widened: \d+ file\(s\) or folder\(s\) were readable or writable by other users/,
      ),
    );
    // Tightened, not regenerated: the kept secrets are the same.
    expect(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")).toBe(secrets);
    warn.mockRestore();
  },
);

it("secrets.json is written under umask 077 even when the folder exists (PostgreSQL deployments too)", () => {
  process.umask(0o022);
  const dataDir = path.join(root, "secrets-only");
  fs.mkdirSync(dataDir, { mode: 0o755 });
  vi.spyOn(console, "warn").mockImplementation(() => {});
  process.env.TICKETFLOW_DATA_DIR = dataDir;
  ensureLocalSecrets();
  expect(process.umask()).toBe(0o077);
  expect(openToOthers(dataDir)).toEqual([]);
});
