// The part of a Message-ID we mint that its idempotency key decides (lib/mail/message-id.ts): the
// ticket timeline finds the message an agent's send (event "compose:…") wrote by it, and its sender.
import crypto from "node:crypto";

export function messageIdPrefix(idempotencyKey: string): string {
  return `<tf.${crypto.createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 40)}@`;
}
