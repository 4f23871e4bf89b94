import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getContactRecord } from "@/lib/contacts/contact-record";
import { contactScope } from "@/lib/contacts/update-contact";
import { listChanges } from "@/lib/history/list-changes";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { getAccountTimeZone } from "@/lib/account/queries";
import { attachmentsOfThreads } from "@/lib/conversations/thread-attachments";
import { listThreads } from "@/lib/conversations/list-threads";
import { RecordAttachments } from "@/components/attachments/record-attachments";
import { Badge } from "@/components/ui/badge";
import { ContactEmailComposer } from "@/components/contacts/contact-email-composer";
import { ContactProperties } from "@/components/contacts/contact-properties";
import { ContactTickets } from "@/components/contacts/contact-tickets";
import { ConversationThreads } from "@/components/ticket/conversation-threads";
import { RecordSection } from "@/components/ticket/record-section";

type Params = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Contact · Ticketflow" };

export default async function ContactRecordPage({ params }: Params) {
  const user = await requirePageUser();
  const { id } = await params;
  const contact = await getContactRecord(id);
  if (!contact) notFound();
  const [threads, timeZone, history] = await Promise.all([
    listThreads({ contactId: id }),
    getAccountTimeZone(),
    listChanges(contactScope(id), user),
  ]);
  const attachments = attachmentsOfThreads(threads);
  return (
    <div className="space-y-4">
      <Link href="/contacts" className="text-sm text-muted-foreground hover:underline">
        ← Contacts
      </Link>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 break-words text-2xl font-semibold">{contact.name ?? contact.email}</h1>
        {contact.marketingContact ? <Badge variant="success">Marketing contact</Badge> : null}
        <div className="ms-auto">
          <HistoryDrawer
            changes={history}
            names={{}}
            timeZone={timeZone}
            description="Changes to this contact's properties, newest first."
          />
        </div>
      </header>
      <div className="grid items-start gap-4 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <RecordSection id="contact-properties" title="Properties">
          <ContactProperties contact={contact} />
        </RecordSection>
        <div className="grid min-w-0 gap-4">
          <RecordSection id="contact-tickets-section" title={`Tickets (${contact.tickets.length})`}>
            <ContactTickets tickets={contact.tickets} timeZone={timeZone} />
          </RecordSection>
          <RecordSection id="composer" title="Email this contact">
            <ContactEmailComposer
              contactId={contact.id}
              to={contact.email}
              threads={threads.map((t) => ({ id: t.id, subject: t.subject }))}
              tickets={contact.tickets.map((t) => ({ id: t.id, subject: t.subject }))}
            />
          </RecordSection>
          <RecordSection id="conversations" title="Conversations">
            <ConversationThreads threads={threads} timeZone={timeZone} />
          </RecordSection>
          <RecordSection id="attachments" title={`Attachments (${attachments.length})`}>
            <RecordAttachments attachments={attachments} timeZone={timeZone} />
          </RecordSection>
        </div>
      </div>
    </div>
  );
}
