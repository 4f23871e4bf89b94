// PGlite is one process's database: a second process opening the same folder corrupts it.
// Every process that opens the folder (server, CLI steps) holds this lock first.
import fs from "node:fs";
import path from "node:path";
import { ensurePrivateDataDir } from "@/lib/files/private-data-dir";

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirLockedError extends Error {
  constructor(lockFile: string, pid: number) {
    super(
      `The embedded database in ${path.dirname(lockFile)} is in use by process ${pid}. ` +
        `Stop that process first (PGlite allows one process per data folder).`,
    );
  }
}

/** Takes the lock (O_EXCL, PID inside); a lock left by a dead process is taken over. The folder
 *  is made private first (umask 077, modes tightened): PGlite writes there next. */
export function acquireDataDirLock(dataDir: string): () => void {
  ensurePrivateDataDir(dataDir);
  const lockFile = path.join(dataDir, "ticketflow.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && holder > 0 && pidIsAlive(holder)) {
        throw new DataDirLockedError(lockFile, holder);
      }
      fs.rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the data folder lock in ${dataDir}`);
}
