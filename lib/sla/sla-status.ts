// The state of one SLA target of a ticket (SPEC §9): none, pending, due_soon (the last 20 % of
// the target), overdue, met (in time) or missed (met late, or the ticket closed before a first
// reply that was already overdue). Pure: the ticket's stored times and the instant asked about.

export const SLA_STATUSES = ["none", "pending", "due_soon", "overdue", "met", "missed"] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

export interface SlaTarget {
  dueSoonAt: Date | null;
  dueAt: Date | null;
  metAt: Date | null;
}

/** `stoppedAt`: the clock stopped without the target being met (a ticket closed before its first reply). */
export function slaStatus(target: SlaTarget | null, now: Date, stoppedAt: Date | null = null): SlaStatus {
  if (!target || !target.dueAt) return "none";
  if (target.metAt) return target.metAt <= target.dueAt ? "met" : "missed";
  if (stoppedAt) return stoppedAt > target.dueAt ? "missed" : "none";
  if (now > target.dueAt) return "overdue";
  if (target.dueSoonAt && now >= target.dueSoonAt) return "due_soon";
  return "pending";
}

/** The board's order when sorting by SLA: what needs attention first. */
export const SLA_STATUS_ORDER: Record<SlaStatus, number> = {
  overdue: 0,
  due_soon: 1,
  pending: 2,
  missed: 3,
  met: 4,
  none: 5,
};
