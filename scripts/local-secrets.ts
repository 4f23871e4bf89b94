// A fresh install has no secrets configured: generate them once and keep them beside the
// embedded data, so sessions and signed events survive restarts. Env values always win.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensurePrivateDataDir } from "@/lib/files/private-data-dir";

const NAMES = ["NEXTAUTH_SECRET", "EVENTS_SECRET"] as const;

export function ensureLocalSecrets(): void {
  const dataDir = process.env.TICKETFLOW_DATA_DIR || "./data";
  const file = path.join(dataDir, "secrets.json");
  ensurePrivateDataDir(dataDir);
  const stored: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of NAMES) {
    if (!stored[name]) {
      stored[name] = crypto.randomBytes(32).toString("base64url");
      changed = true;
    }
    process.env[name] ||= stored[name];
  }
  if (changed) fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  console.log(`Secrets (NEXTAUTH_SECRET, EVENTS_SECRET): env, else ${file}`);
}
