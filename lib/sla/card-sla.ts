// The SLA a board card shows (SPEC §9): of the ticket's two targets, the one that needs attention
// first (overdue, then due soon, then pending; met or missed when neither clock runs), with its due
// time written in the account's zone. Null when the ticket has no SLA.
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { SLA_STATUS_ORDER, type SlaStatus } from "./sla-status";
import type { TicketSlaView } from "./ticket-sla-view";

export const SLA_TARGET_LABEL = { firstReply: "First reply", close: "Close" } as const;
export type SlaTargetKey = keyof typeof SLA_TARGET_LABEL;

export interface CardSla {
  target: SlaTargetKey;
  status: Exclude<SlaStatus, "none">;
  /** ISO instant. */
  dueAt: string | null;
  /** The due time in the account's zone, e.g. "Jan 5, 2026, 12:00 PM GMT+1 (Europe/Berlin)". */
  dueLabel: string | null;
}

export function cardSla(view: TicketSlaView, timeZone: string): CardSla | null {
  const [target] = (["firstReply", "close"] as const)
    .filter((key) => view[key].status !== "none")
    .sort((a, b) => SLA_STATUS_ORDER[view[a].status] - SLA_STATUS_ORDER[view[b].status]);
  if (!target) return null;
  const { status, dueAt } = view[target];
  return {
    target,
    status: status as CardSla["status"],
    dueAt,
    dueLabel: dueAt ? formatZonedTitle(new Date(dueAt), timeZone) : null,
  };
}
