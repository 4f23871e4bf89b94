// Mail loops (an auto-responder and our automated emails answering each other forever): an
// automated email to a contact (Ticket received, a status action's Send email, a workflow
// email) is not sent
//   - in answer to an automatic reply, a bounce or a mailing-list message (the message whose
//     event caused the workflow: Message.autoReply / bounce / listMail, lib/mail/inbound);
//   - when the contact already got the account's cap of automated emails in the last hour
//     (Account.automatedEmailsPerContactHour, default 5, Settings > Account): this stops a
//     naive auto-responder that carries none of the markers and answers with new conversations.
// And every automated email says what it is (RFC 3834, Exchange): loop-guard-headers.ts.
// The cap counts what was sent (OUTBOUND messages with no person as sender): two workflow
// steps for one contact running at the very same moment may both pass it — a cap of 5 may
// then let a sixth through, never a loop.
import "server-only";
import { oneRow, sql, utc, type Sql, type SqlFragment } from "@/lib/db/sql";

export { AUTOMATED_EMAIL_HEADERS } from "./loop-guard-headers";

export const DEFAULT_AUTOMATED_EMAILS_PER_CONTACT_HOUR = 5;

interface GuardRow {
  cap: number | null;
  sentLastHour: number;
  causeAutoReply: boolean | null;
  causeBounce: boolean | null;
  causeListMail: boolean | null;
}

export interface AutomatedEmailRequest {
  contactEmail: string;
  /** The event that started the workflow (`smtp:<Message-ID>` for inbound email), if any. */
  causeEventId: string | null;
  now: Date;
}

/** The inbound Message-ID an SMTP event id names (lib/mail/inbound/deliver.ts eventIdOf). */
function causeMessageId(causeEventId: string | null): string | null {
  if (!causeEventId?.startsWith("smtp:") || causeEventId.startsWith("smtp:sha256:")) return null;
  return causeEventId.slice("smtp:".length);
}

/** The guard's one statement: the cap, the contact's automated emails in the last hour (counted
 *  from the partial index "Message_automated_to_idx"), and what the causing message was. */
export function guardQuery(request: AutomatedEmailRequest): SqlFragment {
  const hourAgo = new Date(request.now.getTime() - 3600_000);
  return sql`
    SELECT
      (SELECT "automatedEmailsPerContactHour" FROM "Account" LIMIT 1) AS cap,
      (SELECT count(*)::int FROM "Message"
        WHERE direction = 'OUTBOUND' AND "sentFrom" IS NULL AND "userId" IS NULL
          AND lower("toEmail") = lower(${request.contactEmail}) AND "createdAt" > ${utc(hourAgo)}) AS "sentLastHour",
      cause."autoReply" AS "causeAutoReply", cause.bounce AS "causeBounce", cause."listMail" AS "causeListMail"
    FROM (SELECT 1) one
    LEFT JOIN "Message" cause ON cause."messageId" = ${causeMessageId(request.causeEventId) ?? ""}
      AND cause.direction = 'INBOUND'`;
}

/** Why this automated email must not be sent, or null when it may. */
export async function automatedEmailRefusal(executor: Sql, request: AutomatedEmailRequest): Promise<string | null> {
  const row = await oneRow<GuardRow>(executor, guardQuery(request));
  if (row?.causeBounce) return "it would answer a bounce";
  if (row?.causeAutoReply) return "it would answer an automatic reply";
  if (row?.causeListMail) return "it would answer a mailing-list message";
  const cap = row?.cap ?? DEFAULT_AUTOMATED_EMAILS_PER_CONTACT_HOUR;
  const sent = row?.sentLastHour ?? 0;
  if (sent >= cap) {
    return `${request.contactEmail} already got ${sent} automated email${sent === 1 ? "" : "s"} in the last hour (the account's limit is ${cap} per contact per hour)`;
  }
  return null;
}
