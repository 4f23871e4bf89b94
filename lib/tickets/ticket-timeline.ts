// GET /api/v1/tickets/:id/timeline: every change and action outcome on a ticket, newest
// first, each saying who or what caused it (SPEC §7 "Why did this change?").
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const TIMELINE_LIMIT = 500;

export type TimelineActor =
  | { type: "user"; id: string; name: string | null }
  | { type: "event"; eventId: string }
  | { type: "automation"; ruleName: string }
  | { type: "system" };

function actorOf(
  entry: { actorUserId: string | null; eventId: string | null; ruleName: string | null },
  names: Map<string, string>,
): TimelineActor {
  if (entry.actorUserId) return { type: "user", id: entry.actorUserId, name: names.get(entry.actorUserId) ?? null };
  if (entry.eventId) return { type: "event", eventId: entry.eventId };
  if (entry.ruleName) return { type: "automation", ruleName: entry.ruleName };
  return { type: "system" };
}

export async function getTicketTimeline(ticketId: string) {
  const ticket = await db.ticket.findUnique({ where: { id: ticketId }, select: { id: true } });
  if (!ticket) throw new AppError("NOT_FOUND", `Ticket ${ticketId} not found.`);
  const entries = await db.timelineEntry.findMany({
    where: { ticketId },
    // Entries of one change share a timestamp; their ids are time-ordered (lib/db/ids.ts).
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: TIMELINE_LIMIT,
    select: {
      id: true, kind: true, summary: true, detail: true, ruleName: true, eventId: true, actorUserId: true,
      jobId: true, depth: true, createdAt: true,
    },
  });
  const userIds = [...new Set(entries.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map(({ actorUserId, ...entry }) => ({ ...entry, actor: actorOf({ actorUserId, ...entry }, names) }));
}
