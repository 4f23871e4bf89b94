import "server-only";
import { db } from "@/lib/db";

export const ticketListSelect = {
  id: true,
  subject: true,
  priority: true,
  source: true,
  createdAt: true,
  closeDate: true,
  version: true,
  pipelineId: true,
  statusId: true,
  status: { select: { label: true, state: true } },
  contact: { select: { id: true, name: true, email: true } },
  owner: { select: { id: true, name: true } },
} as const;

export function listRecentTickets(take = 100) {
  return db.ticket.findMany({ orderBy: { createdAt: "desc" }, take, select: ticketListSelect });
}

/** Whether a ticket exists: the record's layout answers 404 before its page streams. */
export async function ticketExists(id: string): Promise<boolean> {
  return (await db.ticket.count({ where: { id } })) > 0;
}
