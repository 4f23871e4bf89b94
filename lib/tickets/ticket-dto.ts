// A ticket as the public API shows it: every property, the close date as a calendar date
// (YYYY-MM-DD, SPEC §3), time to close as a number of milliseconds.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";

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
  version: true,
} as const satisfies Prisma.TicketSelect;

type TicketRow = Prisma.TicketGetPayload<{ select: typeof ticketDtoSelect }>;

export function toTicketDto(row: TicketRow) {
  return {
    ...row,
    // A @db.Date reads back as midnight UTC of that calendar day.
    closeDate: row.closeDate ? row.closeDate.toISOString().slice(0, 10) : null,
    timeToCloseMs: row.timeToCloseMs === null ? null : Number(row.timeToCloseMs),
  };
}
export type TicketDto = ReturnType<typeof toTicketDto>;
