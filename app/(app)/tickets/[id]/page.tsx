import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAccountTimeZone } from "@/lib/account/queries";
import { requirePageUser } from "@/lib/auth/page-guard";
import { attachmentsOfThreads } from "@/lib/conversations/thread-attachments";
import { listThreads } from "@/lib/conversations/list-threads";
import { getTicketRecord } from "@/lib/tickets/ticket-record";
import { listTicketTasks } from "@/lib/tickets/ticket-tasks";
import { getTicketTimeline } from "@/lib/tickets/ticket-timeline";
import { ticketComposerTriggerNotes } from "@/lib/tickets/trigger-note";
import { listActiveUsers } from "@/lib/users/queries";
import { RecordAttachments } from "@/components/attachments/record-attachments";
import { StatusBadge } from "@/components/ticket/status-badge";
import { ConversationThreads } from "@/components/ticket/conversation-threads";
import { PriorityBadge } from "@/components/ticket/priority-badge";
import { RecordSection } from "@/components/ticket/record-section";
import { TicketEmailComposer } from "@/components/ticket/ticket-email-composer";
import { TicketFacts } from "@/components/ticket/ticket-facts";
import { TicketProperties } from "@/components/ticket/ticket-properties";
import { TicketTasks } from "@/components/ticket/ticket-tasks";
import { TestAutomationPanel } from "@/components/ticket/test-automation-panel";
import { TicketTimeline } from "@/components/ticket/ticket-timeline";
import { LiveRecord } from "@/components/ticket/live-record";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const ticket = await getTicketRecord((await params).id);
  return { title: `${ticket?.subject ?? "Ticket"} · Ticketflow` };
}

export default async function TicketRecordPage({ params }: Params) {
  await requirePageUser();
  const { id } = await params;
  const ticket = await getTicketRecord(id);
  if (!ticket) notFound();
  const [threads, timeline, tasks, users, timeZone, triggerNotes] = await Promise.all([
    listThreads({ ticketId: id }),
    getTicketTimeline(id),
    listTicketTasks(id),
    listActiveUsers(),
    getAccountTimeZone(),
    // Trigger A's note beside the composer: per conversation (emails only) and on the plan.
    ticketComposerTriggerNotes(ticket),
  ]);
  const attachments = attachmentsOfThreads(threads);
  const status = ticket.pipeline.statuses.find((s) => s.id === ticket.statusId);
  return (
    <div className="space-y-4">
      <LiveRecord ticketId={ticket.id} />
      <Link
        href={`/tickets?pipelineId=${ticket.pipeline.id}`}
        className="text-sm text-muted-foreground hover:underline"
      >
        ← {ticket.pipeline.name}
      </Link>
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="min-w-0 break-words text-2xl font-semibold">{ticket.subject}</h1>
        <StatusBadge label={status?.label} state={status?.state} data-testid="record-status" />
        <PriorityBadge priority={ticket.priority} />
        {ticket.contact ? (
          <Link href={`/contacts/${ticket.contact.id}`} className="text-sm text-muted-foreground hover:underline">
            {ticket.contact.name ?? ticket.contact.email}
          </Link>
        ) : null}
      </header>
      <div className="grid items-start gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,1fr)_21rem]">
        <div className="grid gap-4">
          <RecordSection id="properties" title="Properties">
            <div className="grid gap-5">
              <TicketProperties
                key={ticket.id}
                ticket={{ ...ticket, ownerId: ticket.owner?.id ?? null }}
                statuses={ticket.pipeline.statuses}
                users={users}
              />
              <TicketFacts ticket={ticket} timeZone={timeZone} />
            </div>
          </RecordSection>
          <RecordSection id="tasks" title="Tasks">
            <TicketTasks ticketId={ticket.id} tasks={tasks} timeZone={timeZone} />
          </RecordSection>
        </div>
        <div className="grid min-w-0 gap-4">
          {ticket.description ? (
            <RecordSection id="description" title="Description">
              <p className="whitespace-pre-wrap break-words text-sm">{ticket.description}</p>
            </RecordSection>
          ) : null}
          <RecordSection id="composer" title="Email the contact">
            {ticket.contact ? (
              <TicketEmailComposer
                ticketId={ticket.id}
                to={ticket.contact.email}
                triggerNotes={triggerNotes}
                threads={threads.map((t) => ({ id: t.id, subject: t.subject }))}
                originThreadId={ticket.originThreadId}
              />
            ) : (
              <p className="text-sm text-muted-foreground">This ticket has no contact to email.</p>
            )}
          </RecordSection>
          <RecordSection id="conversations" title="Conversations">
            <ConversationThreads threads={threads} originThreadId={ticket.originThreadId} timeZone={timeZone} />
          </RecordSection>
          <RecordSection id="attachments" title={`Attachments (${attachments.length})`}>
            <RecordAttachments attachments={attachments} timeZone={timeZone} />
          </RecordSection>
        </div>
        <div className="grid min-w-0 gap-4 lg:col-span-2 xl:col-span-1">
          <RecordSection id="test-automation-section" title="Test automation">
            <TestAutomationPanel
              ticketId={ticket.id}
              statuses={ticket.pipeline.statuses}
              threads={threads
                .filter((t) => t.ticketId === ticket.id)
                .map((t) => ({ threadKey: t.threadKey, subject: t.subject }))}
            />
          </RecordSection>
          <RecordSection id="ticket-timeline" title="Timeline">
            <TicketTimeline entries={timeline} timeZone={timeZone} />
          </RecordSection>
        </div>
      </div>
    </div>
  );
}
