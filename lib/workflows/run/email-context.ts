// Who automated email comes from, and the thread it belongs to. The sender is the team inbox
// the ticket came in through, else one that routes into its pipeline, else any team inbox,
// named after the account. Replies thread to the ticket: In-Reply-To the thread's latest
// message, References the thread's messages, so the contact's reply lands on the same thread.
import "server-only";
import { teamInboxAddress } from "@/lib/channels/team-inbox-address";
import { oneRow, sql, type Sql, type SqlFragment } from "@/lib/db/sql";
import { bracketed } from "@/lib/mail/message-id";

export const FALLBACK_SENDER = "notifications@ticketflow.invalid";
const MAX_REFERENCES = 20;

export interface EmailContext {
  /** The From header: `"Account name" <address>`. */
  from: string;
  fromAddress: string;
  fromName: string;
  thread: { id: string; inReplyTo: string | null; references: string[] } | null;
}

/** What the context is made of, as read (on its own, or with the step: step-reads.ts). */
export interface EmailContextRow {
  address: string | null;
  threadId: string | null;
  messageIds: string[] | null;
}

/** The row as one JSON object in SQL: the ticket `ticketId`'s sender address, and the thread
 *  `originThreadId` (an SQL expression) with its latest Message-IDs. */
export function emailContextJson(ticketId: string, originThreadId: SqlFragment): SqlFragment {
  return sql`(SELECT json_build_object('address', ${teamInboxAddress({ ticketId })}, 'threadId', th.id,
      'messageIds', (SELECT array_agg(m."messageId" ORDER BY m."createdAt" DESC, m.id DESC)
        FROM (SELECT * FROM "Message" WHERE "threadId" = th.id ORDER BY "createdAt" DESC, id DESC LIMIT ${MAX_REFERENCES}) m))
    FROM (SELECT 1) one LEFT JOIN "Thread" th ON th.id = ${originThreadId})`;
}

/** `read`: the row as read with the step; else it is read now. */
export async function loadEmailContext(
  executor: Sql,
  ticket: { id: string; pipelineId: string; originThreadId: string | null },
  accountName: string,
  read?: EmailContextRow | null,
): Promise<EmailContext> {
  const row =
    read ??
    (
      await oneRow<{ context: EmailContextRow }>(
        executor,
        sql`SELECT ${emailContextJson(ticket.id, sql`${ticket.originThreadId}`)} AS context`,
      )
    )?.context;
  const newestFirst = (row?.messageIds ?? []).map(bracketed);
  const fromAddress = row?.address ?? FALLBACK_SENDER;
  return {
    from: `${quoteName(accountName)} <${fromAddress}>`,
    fromAddress,
    fromName: accountName,
    thread: row?.threadId
      ? { id: row.threadId, inReplyTo: newestFirst[0] ?? null, references: [...newestFirst].reverse() }
      : null,
  };
}

/** A display name safe inside an address header. */
function quoteName(name: string): string {
  return `"${name.replace(/["\\\r\n]/g, "")}"`;
}
