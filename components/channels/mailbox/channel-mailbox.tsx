"use client";
// A team email channel's mailbox section: how intake is going (when connected), then its settings.
import type { MailboxView } from "@/lib/mailboxes/mailbox-view";
import { MailboxCard } from "./mailbox-card";
import { MailboxIntakeStatus } from "./mailbox-intake-status";

export function ChannelMailbox({
  channelId,
  mailbox,
  canEdit,
}: {
  channelId: string;
  mailbox: MailboxView | null;
  canEdit: boolean;
}) {
  return (
    <section aria-label="Mailbox" className="grid gap-4">
      {mailbox ? <MailboxIntakeStatus status={mailbox} canEdit={canEdit} /> : null}
      <MailboxCard key={mailbox?.version ?? 0} channelId={channelId} mailbox={mailbox} canEdit={canEdit} />
    </section>
  );
}
