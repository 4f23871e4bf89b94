// The name a statement is prepared under, per connection or database: derived from its text,
// so the same statement is prepared once, and a different one never collides.
import crypto from "node:crypto";

export function statementName(text: string): string {
  return `tf_${crypto.createHash("sha1").update(text).digest("base64url").slice(0, 24)}`;
}
