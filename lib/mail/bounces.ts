// A bounce of one of our outgoing emails: the Outbox row it returns is marked bounced, with
// the DSN's reason, and the ticket's timeline says so — in the transaction that stores the
// bounce (ingestEvent's alsoWrite), so both happen or neither. Which email bounced: the
// Message-ID of the returned message (the DSN's message/rfc822 or text/rfc822-headers part),
// else the newest email of the last 7 days to a recipient the DSN names as failed
// (X-Failed-Recipients, Final-Recipient). Marked once: a second report changes nothing.
import "server-only";
import { oneRow, sql, utc, type Sql } from "@/lib/db/sql";
import { newId } from "@/lib/db/ids";
import type { BounceReport } from "./inbound/detect/bounce";

const RECENT_DAYS = 7;

interface BouncedEmail {
  id: string;
  toEmail: string;
  subject: string;
  messageId: string;
  ticketId: string | null;
}

function findBounced(tx: Sql, report: BounceReport, now: Date): Promise<BouncedEmail | undefined> {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 3600 * 1000);
  return oneRow<BouncedEmail>(
    tx,
    sql`
    SELECT id, "toEmail", subject, "messageId", "ticketId" FROM "OutboxEmail"
    WHERE "bouncedAt" IS NULL AND (
      "messageId" = ${report.originalMessageId ?? ""}
      OR (${report.originalMessageId === null} AND lower("toEmail") = ANY(${report.failedRecipients}::text[])
          AND "createdAt" >= ${utc(since)}))
    ORDER BY ("messageId" = ${report.originalMessageId ?? ""}) DESC, "createdAt" DESC, id DESC
    LIMIT 1
    FOR UPDATE`,
  );
}

/** Marks the delivery the report is about, if it is one of ours. True when one was marked. */
export async function recordBounce(
  tx: Sql,
  report: BounceReport,
  cause: { eventId: string; now: Date },
): Promise<boolean> {
  if (report.delayed) return false;
  const email = await findBounced(tx, report, cause.now);
  if (!email) return false;
  await oneRow(
    tx,
    sql`UPDATE "OutboxEmail" SET "bouncedAt" = ${utc(cause.now)}, "bounceReason" = ${report.reason}
        WHERE id = ${email.id} RETURNING 1`,
  );
  if (email.ticketId) {
    const summary = `Email "${email.subject}" to ${email.toEmail} bounced: ${report.reason}`;
    const detail = { to: email.toEmail, subject: email.subject, messageId: email.messageId, reason: report.reason };
    await oneRow(
      tx,
      sql`
      INSERT INTO "TimelineEntry" (id, "ticketId", kind, summary, detail, "eventId", "createdAt")
      SELECT ${newId()}, t.id, 'email_bounced', ${summary}, ${JSON.stringify(detail)}::jsonb, ${cause.eventId}, ${utc(cause.now)}
      FROM "Ticket" t WHERE t.id = ${email.ticketId}
      RETURNING 1`,
    );
  }
  return true;
}
