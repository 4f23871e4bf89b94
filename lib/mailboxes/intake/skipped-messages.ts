// Messages intake could not file (issue 18 item 2: never a silent stop): over the size limit (as
// the SMTP server refuses them with 552) or not a message that can be stored (as SMTP answers
// 554). They stay in the mailbox (flagged \Seen or moved like the rest) and are listed on the
// channel and in Settings > Jobs, so a person can look at them in the mail client. One row per message (a crash or a second pass
// meets the same UID again: recorded once).
import "server-only";
import { dbHandle } from "@/lib/db";
import { sql } from "@/lib/db/sql";
import { newId } from "@/lib/db/ids";
import { logger } from "@/lib/logger";

export type SkipReason = "too_large" | "unparsable";

export interface SkippedMessage {
  channelId: string;
  uidValidity: bigint;
  uid: bigint;
  messageId: string | null;
  subject: string | null;
  from: string | null;
  sizeBytes: number;
  reason: SkipReason;
  detail: string;
}

/** "10 MB", "1.5 MB", "900 KB": the limit and sizes as people read them. */
export function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export async function recordSkipped(message: SkippedMessage): Promise<void> {
  const clip = (text: string | null, n: number) => (text === null ? null : text.slice(0, n));
  const query = sql`INSERT INTO "MailboxSkippedMessage"
      (id, "channelId", "uidValidity", uid, "messageId", subject, "fromAddress", "sizeBytes", reason, detail)
    VALUES (${newId()}, ${message.channelId}, ${String(message.uidValidity)}::bigint,
      ${String(message.uid)}::bigint, ${clip(message.messageId, 500)}, ${clip(message.subject, 500)},
      ${clip(message.from, 500)}, ${message.sizeBytes}, ${message.reason}, ${message.detail.slice(0, 1000)})
    ON CONFLICT ("channelId", "uidValidity", uid) DO NOTHING`;
  await dbHandle().sql.query(query.text, query.values);
  logger.warn(
    { channelId: message.channelId, uid: String(message.uid), reason: message.reason, detail: message.detail },
    "a mailbox message was not filed; listed on the channel",
  );
}
