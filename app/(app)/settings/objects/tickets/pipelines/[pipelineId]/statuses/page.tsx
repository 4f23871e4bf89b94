import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getPipelineAdminView } from "@/lib/pipelines/admin-view";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { StatusesEditor } from "@/components/pipelines/statuses-editor";

export const metadata = { title: "Ticket statuses · Ticketflow" };

export default async function StatusesPage({ params }: { params: Promise<{ pipelineId: string }> }) {
  const user = await requirePageUser();
  const view = await getPipelineAdminView((await params).pipelineId);
  if (!view) notFound();
  const canEdit = can(user, "pipelines.edit");
  return (
    <section aria-labelledby="statuses-heading" className="space-y-3">
      <div className="max-w-prose space-y-1">
        <h2 id="statuses-heading" tabIndex={-1} className="text-lg font-semibold outline-hidden">
          Ticket statuses
        </h2>
        <p className="text-sm text-muted-foreground">
          The stages a ticket moves through, in board order. Tickets in a closed status count as closed; a reply on a
          closed ticket reopens it in the first open status.
        </p>
      </div>
      {canEdit ? null : (
        <ReadonlyNotice reason={`You can see the statuses but not change them. ${denialReason("pipelines.edit")}`} />
      )}
      <StatusesEditor view={view} canEdit={canEdit} />
    </section>
  );
}
