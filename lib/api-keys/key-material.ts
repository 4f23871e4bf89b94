// API keys are shown once and stored only as a SHA-256 hash (a key is 32 random bytes,
// so a fast hash is enough; bcrypt would only slow every API request down).
import crypto from "node:crypto";

const PREFIX = "tf_";

export function generateApiKey(): string {
  return PREFIX + crypto.randomBytes(32).toString("base64url");
}

export function hashApiKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

/** What the key list shows so a key can be recognised without revealing it. */
export function displayPrefix(key: string): string {
  return key.slice(0, PREFIX.length + 6);
}
