// The Outbox's read side, for GET /api/v1/outbox and Settings > Outbox: the page's view (with
// each ticket's name for its link, checked against the policy inside), and the API's shape of
// one message. The query's schema is in ./schemas.ts.
import "server-only";
import { assertCan } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { listOutbox, type OutboxEmailView } from "./outbox";
import type { TOutboxQuery } from "./schemas";

/** One email handed to the transport, as the API shows it. */
export function toOutboxDto(email: OutboxEmailView) {
  return {
    id: email.id,
    createdAt: email.createdAt.toISOString(),
    from: email.fromEmail,
    to: email.toEmail,
    subject: email.subject,
    text: email.text,
    messageId: email.messageId,
    inReplyTo: email.inReplyTo,
    transport: email.transport,
    ticketId: email.ticketId,
    jobId: email.jobId,
    bouncedAt: email.bouncedAt?.toISOString() ?? null,
    bounceReason: email.bounceReason,
  };
}

export async function getOutboxView(actor: Actor, query: Partial<TOutboxQuery> = {}) {
  assertCan(actor, "outbox.view");
  const [emails, account] = await Promise.all([
    listOutbox({ limit: query.limit ?? 200, ticketId: query.ticketId }),
    db.account.findFirst({ select: { timeZone: true } }),
  ]);
  const ticketIds = [...new Set(emails.flatMap((e) => (e.ticketId ? [e.ticketId] : [])))];
  const tickets = await db.ticket.findMany({ where: { id: { in: ticketIds } }, select: { id: true, subject: true } });
  const subjects = new Map(tickets.map((t) => [t.id, t.subject]));
  return {
    timeZone: account?.timeZone ?? "UTC",
    emails: emails.map((e) => ({ ...e, ticketSubject: e.ticketId ? (subjects.get(e.ticketId) ?? null) : null })),
  };
}
export type OutboxPageEmail = Awaited<ReturnType<typeof getOutboxView>>["emails"][number];
