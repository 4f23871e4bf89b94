import { Badge } from "@/components/ui/badge";

/** "capture": kept here instead of sent (no SMTP_URL); "smtp": handed to the SMTP server. */
export function TransportBadge({ transport }: { transport: string }) {
  return transport === "smtp" ? (
    <Badge variant="success" title="Handed to the SMTP server">
      SMTP
    </Badge>
  ) : (
    <Badge variant="secondary" title="Captured: kept in the Outbox, not sent (SMTP_URL is not set)">
      Captured
    </Badge>
  );
}
