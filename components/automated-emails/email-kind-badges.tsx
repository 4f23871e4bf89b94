import { Badge } from "@/components/ui/badge";

interface EmailKindBadgesProps {
  builtIn: boolean;
  transactional: boolean;
  /** The account's Transactional email add-on: without it a custom email marked transactional is sent as marketing. */
  addon: boolean;
}

/** Built-in or custom, and transactional or marketing, as the list and the editor show them. */
export function EmailKindBadges({ builtIn, transactional, addon }: EmailKindBadgesProps) {
  const sentAsMarketing = transactional && !builtIn && !addon;
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <Badge variant="outline">{builtIn ? "Built-in" : "Custom"}</Badge>
      <Badge variant={transactional && !sentAsMarketing ? "secondary" : "outline"} data-testid="email-kind">
        {sentAsMarketing
          ? "Transactional, sent as marketing (no add-on)"
          : transactional
            ? "Transactional"
            : "Marketing"}
      </Badge>
    </span>
  );
}
