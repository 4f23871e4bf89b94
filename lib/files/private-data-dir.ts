// The embedded data folder holds every password hash, ticket and secret (PGlite's files and WAL,
// secrets.json): only the account that runs Ticketflow may read or write it. Called before
// anything is written there, by every process that writes there (npm start, npm run dev, the
// CLI steps, the server), so a folder made wider by hand or by an older version is tightened.
import fs from "node:fs";
import path from "node:path";

const OWNER_ONLY = 0o077;

/** Makes files this process creates from now on owner-only (umask 077). */
export function restrictNewFiles(): void {
  process.umask(OWNER_ONLY);
}

/** Entries below `dir` (itself included) that group or others may access; their modes are narrowed to the owner's bits. */
function tighten(dir: string): string[] {
  const tightened: string[] = [];
  const visit = (entry: string) => {
    const stat = fs.lstatSync(entry);
    if (stat.isSymbolicLink()) return; // chmod would follow it out of the folder
    if (stat.mode & OWNER_ONLY) {
      fs.chmodSync(entry, stat.mode & 0o700);
      tightened.push(entry);
    }
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(dir);
  return tightened;
}

/**
 * Sets umask 077, creates `dir` (0700) if missing, and narrows any entry in it that group or
 * others can reach, with one log line saying how many. Returns the entries it narrowed.
 */
export function ensurePrivateDataDir(dir: string, log: (line: string) => void = console.warn): string[] {
  restrictNewFiles();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tightened = tighten(dir);
  if (tightened.length > 0) {
    log(
      `Data folder ${dir}: ${tightened.length} file(s) or folder(s) were readable or writable by other users; ` +
        `now owner-only (0700/0600).`,
    );
  }
  return tightened;
}
