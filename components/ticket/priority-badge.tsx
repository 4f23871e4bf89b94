import { Badge } from "@/components/ui/badge";
import { PRIORITY_LABEL, type TPriority } from "@/lib/tickets/board-schemas";

const VARIANT = { LOW: "secondary", MEDIUM: "outline", HIGH: "warning", URGENT: "destructive" } as const;

export function PriorityBadge({ priority }: { priority: TPriority }) {
  return (
    <Badge variant={VARIANT[priority]} data-testid="priority">
      {PRIORITY_LABEL[priority]}
    </Badge>
  );
}
