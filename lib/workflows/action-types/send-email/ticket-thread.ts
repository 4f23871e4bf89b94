// An automated email to the contact of a ticket that has no thread yet (a ticket made by hand)
// starts one: the ticket's thread with its contact, keyed like an inbound conversation by its
// root Message-ID. That id derives from the step's effect key, so a retried step finds the
// thread it started instead of starting another. Whether it becomes the ticket's origin thread
// is the engine's call (lib/automation/origin-thread.ts, through emailSentInStep).
import "server-only";
import { newId } from "@/lib/db/ids";
import { oneRow, sql, utc, type Sql } from "@/lib/db/sql";

export interface TicketThreadStart {
  ticketId: string;
  contactId: string;
  /** The Message-ID the email was sent with, in angle brackets. */
  messageId: string;
  subject: string;
  at: Date;
}

/** The thread's id: the one this Message-ID started, new or found. */
export async function startTicketThread(tx: Sql, start: TicketThreadStart): Promise<string> {
  // DO UPDATE (not DO NOTHING) so RETURNING yields the existing row too.
  const row = await oneRow<{ id: string }>(
    tx,
    sql`
    INSERT INTO "Thread" (id, "threadKey", subject, "channelId", "contactId", "ticketId", "createdAt")
    VALUES (${newId()}, ${start.messageId}, ${start.subject}, NULL, ${start.contactId}, ${start.ticketId}, ${utc(start.at)})
    ON CONFLICT ("threadKey") DO UPDATE SET "threadKey" = EXCLUDED."threadKey"
    RETURNING id`,
  );
  if (!row) throw new Error(`Thread ${start.messageId} was neither created nor found.`);
  return row.id;
}
