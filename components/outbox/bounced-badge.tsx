import { Badge } from "@/components/ui/badge";

/** A delivery the receiving server returned (a bounce arrived for it: lib/mail/bounces.ts). */
export function BouncedBadge({ reason }: { reason: string | null }) {
  return (
    <Badge variant="destructive" title={reason ? `Bounced: ${reason}` : "Bounced"} data-testid="outbox-bounced">
      Bounced
    </Badge>
  );
}
