// A ticket's status, coloured by its state (SPEC §1: open or closed), never by alert colours:
// open is the calm primary tint, closed the grey of something finished.
import { Badge } from "@/components/ui/badge";

interface StatusBadgeProps {
  label: string | undefined;
  state: "OPEN" | "CLOSED" | undefined;
  "data-testid"?: string;
}

export function StatusBadge({ label, state, ...props }: StatusBadgeProps) {
  const closed = state === "CLOSED";
  return (
    <Badge
      variant={closed ? "secondary" : "outline"}
      className={closed ? undefined : "border-primary/30 bg-primary/10 text-primary"}
      data-state={closed ? "closed" : "open"}
      {...props}
    >
      {label}
    </Badge>
  );
}
