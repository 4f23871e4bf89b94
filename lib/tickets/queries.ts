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
