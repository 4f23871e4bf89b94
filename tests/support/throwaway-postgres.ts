// A PostgreSQL 15 server of the test's own (initdb into a temp folder, a free port on 127.0.0.1,
// trust auth), which the test may stop and start: the shared cluster on 5432 is never touched.
// initdb refuses to run as root, so as root the folder is handed to the postgres user and the
// binaries run as that user.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = process.env.TICKETFLOW_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface ThrowawayPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function postgresBinariesPresent(): boolean {
  return fs.existsSync(path.join(BIN, "initdb")) && fs.existsSync(path.join(BIN, "pg_ctl"));
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tf-pg-"));
  const data = path.join(root, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(root, 0o755);
    execFileSync("chown", ["postgres", root]);
  }
  const command = (binary: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(BIN, binary), ...args]] : [path.join(BIN, binary), args];
  const run = (binary: string, args: string[]) => promisify(execFile)(...command(binary, args));
  execFileSync(...command("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]), {
    stdio: "pipe",
  });
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = async () =>
    void (await run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(root, "log"), "-w", "start"]));
  const stop = async () => void (await run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]));
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async destroy() {
      await stop().catch(() => {}); // already stopped
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
