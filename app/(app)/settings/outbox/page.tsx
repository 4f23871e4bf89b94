import { Lock } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getOutboxView } from "@/lib/mail/outbox-query";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { PageHeading } from "@/components/shell/page-heading";

export const metadata = { title: "Outbox · Ticketflow" };

export default async function OutboxPage() {
  const user = await requirePageUser();
  const view = can(user, "outbox.view") ? await getOutboxView(user) : null;
  return (
    <div className="space-y-4">
      <PageHeading section="Account" title="Outbox">
        Every email Ticketflow handed to the mail transport, newest first: automated emails to contacts, internal
        notifications and emails sent from tickets. Without an SMTP server configured, emails are captured here instead
        of being sent.
      </PageHeading>
      {view ? (
        <OutboxTable emails={view.emails} timeZone={view.timeZone} />
      ) : (
        <p
          role="note"
          data-testid="readonly-reason"
          className="flex items-center gap-2 rounded-md border bg-muted px-3 py-2 text-sm"
        >
          <Lock aria-hidden className="size-4 shrink-0" />
          <span>You can&rsquo;t see the Outbox. {denialReason("outbox.view")}</span>
        </p>
      )}
    </div>
  );
}
