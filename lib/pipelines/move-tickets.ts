// Moves every ticket in some statuses to one status (of this or another pipeline) when an admin
// deletes a status or a pipeline. Each ticket's version is bumped (open forms see a conflict,
// not a silent overwrite) and its timeline says where it went and why. This is an admin's
// bulk correction, not a status change by a user or automation: no status actions fire, and
// close dates stay as they are.
import "server-only";
import type { Tx } from "@/lib/db/tx";

interface MoveTickets {
  fromStatusIds: string[];
  to: { pipelineId: string; statusId: string; label: string };
  /** Ends the timeline entry: `Moved from "X" to "Y" because <because>`. */
  because: string;
  actorUserId: string;
}

/** Returns how many tickets moved. Timeline first, then the move, in the caller's transaction. */
export async function moveTickets(tx: Tx, { fromStatusIds, to, because, actorUserId }: MoveTickets): Promise<number> {
  if (fromStatusIds.length === 0) return 0;
  await tx.$executeRaw`
    INSERT INTO "TimelineEntry" ("id", "ticketId", "kind", "summary", "detail", "actorUserId")
    SELECT gen_random_uuid()::text, t.id, 'status_changed',
           'Moved from "' || s."label" || '" to "' || ${to.label} || '" because ' || ${because},
           jsonb_build_object('fromStatusId', t."statusId", 'toStatusId', ${to.statusId}::text, 'fromPipelineId', t."pipelineId", 'toPipelineId', ${to.pipelineId}::text),
           ${actorUserId}
    FROM "Ticket" t JOIN "PipelineStatus" s ON s.id = t."statusId"
    WHERE t."statusId" = ANY(${fromStatusIds}::text[])`;
  return tx.$executeRaw`
    UPDATE "Ticket" SET "pipelineId" = ${to.pipelineId}, "statusId" = ${to.statusId},
           "version" = "version" + 1, "lastStatusChangeAt" = now(), "updatedAt" = now()
    WHERE "statusId" = ANY(${fromStatusIds}::text[])`;
}

/** Tickets and channels that point at these statuses: what must go somewhere before they go. */
export async function statusUsage(tx: Tx, statusIds: string[]) {
  const [tickets, channels] = await Promise.all([
    tx.ticket.count({ where: { statusId: { in: statusIds } } }),
    tx.channel.count({ where: { statusId: { in: statusIds } } }),
  ]);
  return { tickets, channels };
}
