// The address our email to a contact comes from (From and Reply-To), so the contact's reply
// reaches a team inbox, i.e. the inbound SMTP server: the inbox of the thread replied on, else
// the ticket's own inbox, else one that routes into the ticket's pipeline, else any team inbox.
import "server-only";
import { sql, type SqlFragment } from "@/lib/db/sql";

/** SQL text: that address, or NULL when no team inbox has one. */
export function teamInboxAddress(about: { ticketId: string | null; threadId?: string | null }): SqlFragment {
  const { ticketId } = about;
  return sql`(SELECT c.address FROM "Channel" c
    WHERE c.type = 'TEAM_EMAIL' AND c.address LIKE '%_@_%'
    ORDER BY (c.id = (SELECT "channelId" FROM "Thread" WHERE id = ${about.threadId ?? null})) DESC NULLS LAST,
             (c.id = (SELECT "channelId" FROM "Ticket" WHERE id = ${ticketId})) DESC NULLS LAST,
             (c."pipelineId" = (SELECT "pipelineId" FROM "Ticket" WHERE id = ${ticketId})) DESC NULLS LAST,
             c."createdAt", c.id
    LIMIT 1)`;
}
