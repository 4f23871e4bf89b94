import { Badge } from "@/components/ui/badge";
import type { TPriority } from "@/lib/tickets/board-schemas";

const VARIANT = { LOW: "secondary", MEDIUM: "outline", HIGH: "warning", URGENT: "destructive" } as const;

export const PRIORITY_LABEL: Record<TPriority, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  URGENT: "Urgent",
};

export function PriorityBadge({ priority }: { priority: TPriority }) {
  return (
    <Badge variant={VARIANT[priority]} data-testid="priority">
      {PRIORITY_LABEL[priority]}
    </Badge>
  );
}
