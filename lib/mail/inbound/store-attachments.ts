// Stores an inbound email's files with its message, in the transaction that records the message
// (lib/events ingestEvent's `alsoWrite`): the message and its files commit together or not at all,
// and a duplicate delivery (an event already claimed) writes nothing.
import "server-only";
import { newId } from "@/lib/db/ids";
import { sql, utc, type Sql } from "@/lib/db/sql";
import type { IngestOptions } from "@/lib/events/ingest-event";
import type { TEvent } from "@/lib/events/schemas";
import type { InboundAttachment } from "./attachments";

/** One row per file, for the message recorded under this Message-ID (none if it was not recorded). */
export async function storeAttachments(
  tx: Sql,
  messageId: string,
  attachments: readonly InboundAttachment[],
  now: Date,
): Promise<void> {
  for (const [position, file] of attachments.entries()) {
    const insert = sql`
      INSERT INTO "Attachment" (id, "messageId", position, filename, "contentType", size, content, "contentId",
        inline, "createdAt")
      SELECT ${newId()}, m.id, ${position}, ${file.filename}, ${file.contentType}, ${file.size}, ${file.content},
        ${file.contentId}, ${file.inline}, ${utc(now)}
      FROM "Message" m WHERE m."messageId" = ${messageId}`;
    await tx.query(insert.text, insert.values);
  }
}

/** ingestEvent's options plus the writes that store the event's message's files with it. */
export function withAttachments(
  event: TEvent,
  attachments: readonly InboundAttachment[],
  now: Date,
  options: IngestOptions = {},
): IngestOptions {
  if (event.type !== "message.received" || attachments.length === 0) return options;
  const { messageId } = event.data;
  const { alsoWrite } = options;
  return {
    ...options,
    alsoWrite: async (tx) => {
      await alsoWrite?.(tx);
      await storeAttachments(tx, messageId, attachments, now);
    },
  };
}
