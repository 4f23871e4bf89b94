import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listContacts } from "@/lib/contacts/queries";
import { listPipelines } from "@/lib/pipeline-reads/queries";
import { listActiveUsers } from "@/lib/users/queries";
import { NewTicketForm } from "@/components/ticket/new-ticket-form";

export const metadata: Metadata = { title: "New ticket · Ticketflow" };

export default async function NewTicketPage({ searchParams }: { searchParams: Promise<{ pipelineId?: string }> }) {
  await requirePageUser();
  const [{ pipelineId }, pipelines, users, contacts] = await Promise.all([
    searchParams,
    listPipelines(),
    listActiveUsers(),
    listContacts(),
  ]);
  const chosen = pipelines.find((p) => p.id === pipelineId) ?? pipelines[0];
  if (!chosen)
    return <p className="text-muted-foreground">There is no pipeline yet. An admin can create one in Settings.</p>;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href={`/tickets?pipelineId=${chosen.id}`} className="text-sm text-muted-foreground hover:underline">
        ← Tickets
      </Link>
      <h1 className="text-2xl font-semibold">New ticket</h1>
      <NewTicketForm
        pipelines={pipelines.map(({ id, name, statuses }) => ({ id, name, statuses }))}
        pipelineId={chosen.id}
        users={users.map(({ id, name }) => ({ id, name }))}
        contacts={contacts.map(({ email, name }) => ({ email, name }))}
      />
    </div>
  );
}
