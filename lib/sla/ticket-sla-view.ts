// A ticket's SLA as the API, the ticket record and the board show it (SPEC §9, DESIGN.md):
// `{ firstReply: { dueAt, metAt, status }, close: { dueAt, metAt, status } }`, the state read
// from the stored due times at the instant asked about.
import type { Prisma } from "@/generated/prisma/client";
import { slaStatus, type SlaStatus } from "./sla-status";

export const ticketSlaSelect = {
  slaFirstReplyDueSoonAt: true,
  slaFirstReplyDueAt: true,
  slaFirstReplyMetAt: true,
  slaFirstReplyStoppedAt: true,
  slaCloseDueSoonAt: true,
  slaCloseDueAt: true,
  slaCloseMetAt: true,
} as const satisfies Prisma.TicketSelect;

export type TicketSlaRow = Prisma.TicketGetPayload<{ select: typeof ticketSlaSelect }>;

export interface SlaTargetView {
  dueAt: string | null;
  metAt: string | null;
  status: SlaStatus;
}

export interface TicketSlaView {
  firstReply: SlaTargetView;
  close: SlaTargetView;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function ticketSlaView(row: TicketSlaRow, now: Date): TicketSlaView {
  const firstReply = {
    dueSoonAt: row.slaFirstReplyDueSoonAt,
    dueAt: row.slaFirstReplyDueAt,
    metAt: row.slaFirstReplyMetAt,
  };
  const close = { dueSoonAt: row.slaCloseDueSoonAt, dueAt: row.slaCloseDueAt, metAt: row.slaCloseMetAt };
  return {
    firstReply: {
      dueAt: iso(firstReply.dueAt),
      metAt: iso(firstReply.metAt),
      status: slaStatus(firstReply, now, row.slaFirstReplyStoppedAt),
    },
    close: { dueAt: iso(close.dueAt), metAt: iso(close.metAt), status: slaStatus(close, now) },
  };
}

/** The ticket's SLA columns (all timestamps). */
export const SLA_COLUMNS = Object.keys(ticketSlaSelect) as (keyof TicketSlaRow)[];

/** A ticket row as its readers show it: the stored SLA columns replaced by `sla`, read at `now`. */
export function withSlaView<T extends TicketSlaRow>(
  row: T,
  now: Date,
): Omit<T, keyof TicketSlaRow> & { sla: TicketSlaView } {
  const rest: Partial<T> = { ...row };
  for (const column of SLA_COLUMNS) delete rest[column];
  return { ...(rest as Omit<T, keyof TicketSlaRow>), sla: ticketSlaView(row, now) };
}
