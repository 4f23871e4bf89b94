// A ticket as the public API shows it: every property, the close date as a calendar date
// (YYYY-MM-DD, SPEC §3), time to close as a number of milliseconds.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ticketSlaSelect, withSlaView } from "@/lib/sla/ticket-sla-view";

export const ticketDtoSelect = {
  id: true,
  subject: true,
  description: true,
  pipelineId: true,
  statusId: true,
  priority: true,
  source: true,
  ownerId: true,
  contactId: true,
  channelId: true,
  originThreadId: true,
  createdAt: true,
  updatedAt: true,
  closeDate: true,
  closeDateSetBy: true,
  lastStatusChangeAt: true,
  reopenedAt: true,
  timeToCloseMs: true,
  closedAt: true,
  followUpOfId: true,
  followUps: { select: { id: true }, orderBy: { createdAt: "asc" } },
  ...ticketSlaSelect,
  version: true,
} as const satisfies Prisma.TicketSelect;

export type TicketRow = Prisma.TicketGetPayload<{ select: typeof ticketDtoSelect }>;

/** `now`: the instant the SLA states are read at. */
export function toTicketDto(row: TicketRow, now = new Date()) {
  const { followUps, sla, ...ticket } = withSlaView(row, now);
  return {
    ...ticket,
    // A @db.Date reads back as midnight UTC of that calendar day.
    closeDate: ticket.closeDate ? ticket.closeDate.toISOString().slice(0, 10) : null,
    timeToCloseMs: ticket.timeToCloseMs === null ? null : Number(ticket.timeToCloseMs),
    /** SPEC §9 reopen window: the follow-up tickets a late reply opened from this one. */
    followUpIds: followUps.map((f) => f.id),
    sla,
  };
}
export type TicketDto = ReturnType<typeof toTicketDto>;
