// An automated email to the contact, recorded as an OUTBOUND message on the ticket's thread, so
// the ticket record shows it and a reply quoting its Message-ID is known to belong there.
import "server-only";
import { newId } from "@/lib/db/ids";
import { rows, sql, utc, type Sql } from "@/lib/db/sql";

export interface OutboundMessage {
  threadId: string;
  messageId: string;
  inReplyTo: string | null;
  fromAddress: string;
  fromName: string;
  to: string;
  subject: string;
  text: string;
  at: Date;
}

export async function recordOutboundMessage(tx: Sql, m: OutboundMessage): Promise<void> {
  // sentFrom stays NULL: automation, not a person (SPEC §4 trigger A counts people only).
  await rows(
    tx,
    sql`
    INSERT INTO "Message" (id, "threadId", "messageId", "inReplyTo", direction, "fromEmail", "fromName", "toEmail", subject, text, "createdAt")
    VALUES (${newId()}, ${m.threadId}, ${m.messageId}, ${m.inReplyTo}, 'OUTBOUND', ${m.fromAddress}, ${m.fromName}, ${m.to}, ${m.subject}, ${m.text}, ${utc(m.at)})
    ON CONFLICT ("messageId") DO NOTHING
    RETURNING id`,
  );
}
