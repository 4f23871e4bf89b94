import { Badge } from "@/components/ui/badge";

/** Built-in or custom, and transactional or marketing, as the list and the editor show them. */
export function EmailKindBadges({ builtIn, transactional }: { builtIn: boolean; transactional: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <Badge variant="outline">{builtIn ? "Built-in" : "Custom"}</Badge>
      <Badge variant={transactional ? "secondary" : "outline"} data-testid="email-kind">
        {transactional ? "Transactional" : "Marketing"}
      </Badge>
    </span>
  );
}
