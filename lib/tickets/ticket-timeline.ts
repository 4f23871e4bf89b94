// GET /api/v1/tickets/:id/timeline (and the ticket record's timeline): every change and action
// outcome on a ticket, newest first, each saying who or what caused it (SPEC §7 "Why did this
// change?"). The engine records owners by user id (it knows no names); they are named here,
// when read, so a renamed or deactivated user still reads as a person.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { messageIdPrefix } from "@/lib/utils/message-id-prefix";
import { formatZonedTitle } from "@/lib/utils/zoned-time";

export const TIMELINE_LIMIT = 500;

export type TimelineActor =
  | { type: "user"; id: string; name: string | null }
  | { type: "event"; eventId: string }
  | { type: "automation"; ruleName: string }
  | { type: "system" };

function actorOf(
  entry: { actorUserId: string | null; eventId: string | null; ruleName: string | null },
  names: Map<string, string>,
  senders: Map<string, string>,
): TimelineActor {
  const sender = entry.eventId ? senders.get(entry.eventId) : undefined;
  if (sender) return { type: "user", id: sender, name: names.get(sender) ?? null };
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
  const senders = await composedEmailSenders(entries.flatMap((e) => e.eventId ?? []));
  const userIds = [
    ...new Set([
      ...senders.values(),
      ...entries.flatMap((e) => [e.actorUserId, ...ownerIdsOf(e)].filter((id) => id !== null)),
    ]),
  ];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return entries.map(({ actorUserId, ...entry }) => ({
    ...entry,
    summary: withReadableWait(withOwnerNames(entry, names), entry.detail),
    actor: actorOf({ actorUserId, ...entry }, names, senders),
  }));
}

/** An email an agent sent from the record (event "compose:…") caused it: that agent, by the
 *  message the send wrote (its Message-ID derives from the event's key). Event id → user id. */
async function composedEmailSenders(eventIds: string[]): Promise<Map<string, string>> {
  const composed = [...new Set(eventIds.filter((id) => id.startsWith("compose:")))];
  if (composed.length === 0) return new Map();
  const byPrefix = new Map(composed.map((id) => [messageIdPrefix(id), id]));
  const messages = await db.message.findMany({
    where: { userId: { not: null }, OR: [...byPrefix.keys()].map((p) => ({ messageId: { startsWith: p } })) },
    select: { messageId: true, userId: true },
  });
  return new Map(
    messages.flatMap((m) => {
      const eventId = byPrefix.get(m.messageId.slice(0, m.messageId.indexOf("@") + 1));
      return eventId && m.userId ? [[eventId, m.userId] as const] : [];
    }),
  );
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

/** A delay written before its text was readable: "Waiting until 2026-12-03T09:58:37.812Z (Europe/Berlin)". */
function withReadableWait(summary: string, detail: unknown): string {
  const { runAt, timeZone } = (detail ?? {}) as { runAt?: unknown; timeZone?: unknown };
  if (typeof runAt !== "string" || typeof timeZone !== "string") return summary;
  const stored = `${runAt} (${timeZone})`;
  if (!summary.includes(stored)) return summary;
  try {
    return summary.replace(stored, formatZonedTitle(new Date(runAt), timeZone));
  } catch {
    return summary; // a zone this runtime does not know
  }
}
