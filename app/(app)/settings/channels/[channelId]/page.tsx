import Link from "next/link";
import { notFound } from "next/navigation";
import { ChevronLeft } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getAccountSettings } from "@/lib/account/queries";
import { findChannel } from "@/lib/channels/queries";
import { CHANNEL_TYPE_LABEL } from "@/lib/channels/schemas";
import { channelScope } from "@/lib/channels/update-channel";
import { listChanges } from "@/lib/history/list-changes";
import { listPipelines } from "@/lib/pipeline-reads/queries";
import { listActiveUsers } from "@/lib/users/queries";
import { findMailboxView, listSkippedMessages } from "@/lib/mailboxes/mailbox-view";
import { channelRuleFlag } from "@/lib/channels/channel-rule-flag";
import { channelBackLink } from "@/lib/channels/back-link";
import { ChannelForm } from "@/components/channels/channel-form";
import { ChannelMailbox } from "@/components/channels/mailbox/channel-mailbox";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PageHeading } from "@/components/shell/page-heading";

interface ChannelPageProps {
  params: Promise<{ channelId: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
}

export default async function ChannelPage({ params, searchParams }: ChannelPageProps) {
  const user = await requirePageUser();
  const { channelId } = await params;
  const back = channelBackLink((await searchParams).from);
  const channel = await findChannel(channelId);
  if (!channel) notFound();
  const [pipelines, users, history, account, mailbox, skipped, ruleFlag] = await Promise.all([
    listPipelines(),
    listActiveUsers(),
    listChanges(channelScope(channelId), user),
    getAccountSettings(),
    channel.type === "TEAM_EMAIL" ? findMailboxView(channelId) : null,
    channel.type === "TEAM_EMAIL" ? listSkippedMessages(channelId) : { latest: [], total: 0 },
    channelRuleFlag(channel),
  ]);
  const canEdit = can(user, "channels.edit");
  const names = Object.fromEntries([
    ...pipelines.flatMap((p) => [[p.id, p.name], ...p.statuses.map((s) => [s.id, `${p.name} › ${s.label}`])]),
    ...users.map((u) => [u.id, u.name]),
  ]);
  return (
    <div className="max-w-2xl space-y-4">
      <Link
        href={back.href}
        className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        data-testid="back-link"
      >
        <ChevronLeft aria-hidden className="size-4" /> {back.label}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeading
          section={
            <>
              {CHANNEL_TYPE_LABEL[channel.type]}
              {channel.address ? ` · ${channel.address}` : ""}
            </>
          }
          title={channel.name}
          wide
        />
        <HistoryDrawer
          changes={history}
          names={names}
          timeZone={account?.timeZone ?? "UTC"}
          description={`Changes to ${channel.name}, newest first.`}
        />
      </div>
      {canEdit ? null : <ReadonlyNotice reason={denialReason("channels.edit")} />}
      {ruleFlag ? (
        <p
          role="note"
          className="rounded-md border border-destructive/50 px-3 py-2 text-sm text-destructive"
          data-testid="channel-rule-flag"
        >
          {ruleFlag}
        </p>
      ) : null}
      {/* Not keyed by version: the switch saves at once and must keep its focus (the form resets itself). */}
      <ChannelForm
        channel={channel}
        pipelines={pipelines.map((p) => ({
          id: p.id,
          name: p.name,
          statuses: p.statuses.map((s) => ({ id: s.id, label: s.label })),
        }))}
        users={users}
        canEdit={canEdit}
      />
      {channel.type === "TEAM_EMAIL" ? (
        <ChannelMailbox
          channelId={channel.id}
          mailbox={mailbox}
          canEdit={canEdit}
          skipped={skipped}
          timeZone={account?.timeZone ?? "UTC"}
        />
      ) : null}
    </div>
  );
}
