import { groupUses, type EmailUse } from "@/lib/templates/email-usage";

/** The actions that send an email, by the names users know them by (a server component). */
export function EmailUses({ uses }: { uses: EmailUse[] }) {
  if (uses.length === 0) return <span className="text-muted-foreground">No actions</span>;
  return (
    <ul className="grid gap-0.5" data-testid="email-uses">
      {groupUses(uses).map(({ label, actions }) => (
        <li key={label}>
          {label}
          {actions > 1 ? <span className="text-muted-foreground"> ({actions} actions)</span> : null}
        </li>
      ))}
    </ul>
  );
}
