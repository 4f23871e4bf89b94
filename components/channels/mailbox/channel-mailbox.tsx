"use client";
// A team email channel's mailbox section: how intake is going (when connected), the messages it
// could not file, then its settings.
import type { MailboxView, SkippedMessageView } from "@/lib/mailboxes/mailbox-view";
import { MailboxCard } from "./mailbox-card";
import { MailboxIntakeStatus } from "./mailbox-intake-status";
import { MailboxSkippedList } from "./mailbox-skipped-list";

export function ChannelMailbox({
  channelId,
  mailbox,
  canEdit,
  skipped,
  timeZone,
}: {
  channelId: string;
  mailbox: MailboxView | null;
  canEdit: boolean;
  skipped: { latest: SkippedMessageView[]; total: number };
  timeZone: string;
}) {
  return (
    <section aria-label="Mailbox" className="grid gap-4">
      {mailbox ? <MailboxIntakeStatus status={mailbox} canEdit={canEdit} /> : null}
      {mailbox ? <MailboxSkippedList skipped={skipped} timeZone={timeZone} /> : null}
      <MailboxCard key={mailbox?.version ?? 0} channelId={channelId} mailbox={mailbox} canEdit={canEdit} />
    </section>
  );
}
