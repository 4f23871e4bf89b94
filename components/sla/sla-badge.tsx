"use client";
// SPEC §9: an SLA target's state as a badge: the time left while it runs, how long overdue, or met /
// missed. The due time, in the account's zone, is in its title and its accessible name.
import { Clock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatDurationShort } from "@/lib/business-hours/iso-duration";
import { SLA_TARGET_LABEL, type CardSla } from "@/lib/sla/card-sla";

const VARIANT = {
  pending: "outline",
  due_soon: "warning",
  overdue: "destructive",
  met: "success",
  missed: "destructive",
} as const;

/** "2 h left", "overdue 3 h", "met", "missed"; the time is counted from `now` (the browser's clock). */
export function slaBadgeText(sla: Pick<CardSla, "status" | "dueAt">, now: Date): string {
  const left = sla.dueAt ? new Date(sla.dueAt).getTime() - now.getTime() : null;
  switch (sla.status) {
    case "pending":
    case "due_soon":
      return left === null ? "running" : `${formatDurationShort(Math.max(0, left))} left`;
    case "overdue":
      return left === null ? "overdue" : `overdue ${formatDurationShort(-left)}`;
    case "met":
      return "met";
    case "missed":
      return "missed";
  }
}

export function SlaBadge({ sla, now = new Date() }: { sla: CardSla; now?: Date }) {
  const text = `${SLA_TARGET_LABEL[sla.target]} ${slaBadgeText(sla, now)}`;
  const due = sla.dueLabel ? `due ${sla.dueLabel}` : null;
  return (
    <Badge
      variant={VARIANT[sla.status]}
      data-testid="sla-badge"
      data-sla-status={sla.status}
      title={due ?? undefined}
      aria-label={due ? `SLA: ${text}, ${due}` : `SLA: ${text}`}
      suppressHydrationWarning
    >
      <Clock aria-hidden />
      <span suppressHydrationWarning>{text}</span>
    </Badge>
  );
}
