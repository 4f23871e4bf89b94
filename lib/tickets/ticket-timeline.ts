// GET /api/v1/tickets/:id/timeline (and the ticket record's timeline): every change and action
// outcome on a ticket, newest first, each saying who or what caused it (SPEC §7 "Why did this
// change?"). The engine records owners by user id (it knows no names); they are named here,
// when read, so a renamed or deactivated user still reads as a person.
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
      id: true,
      kind: true,
      summary: true,
      detail: true,
      ruleName: true,
      eventId: true,
      actorUserId: true,
      jobId: true,
      depth: true,
      createdAt: true,
    },
  });
  const userIds = [...new Set(entries.flatMap((e) => [e.actorUserId, ...ownerIdsOf(e)].filter((id) => id !== null)))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map(({ actorUserId, ...entry }) => ({
    ...entry,
    summary: withOwnerNames(entry, names),
    actor: actorOf({ actorUserId, ...entry }, names),
  }));
}

type EntryText = { kind: string; summary: string; detail: unknown };

/** The owners an owner change names (detail { property: "ownerId", from, to }). */
function ownerIdsOf(entry: EntryText): (string | null)[] {
  const detail = entry.detail as { property?: unknown; from?: unknown; to?: unknown } | null;
  if (entry.kind !== "property_changed" || detail?.property !== "ownerId") return [];
  return [detail.from, detail.to].map((id) => (typeof id === "string" ? id : null));
}

/** "Owner changed from none to <id>" → "… to Alex Agent" (ids are unique, so replacing is safe). */
function withOwnerNames(entry: EntryText, names: Map<string, string>): string {
  return ownerIdsOf(entry).reduce<string>(
    (text, id) => (id && names.has(id) ? text.replaceAll(id, names.get(id)!) : text),
    entry.summary,
  );
}
