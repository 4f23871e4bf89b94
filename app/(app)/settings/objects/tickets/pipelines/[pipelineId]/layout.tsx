import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/policy";
import { getPipelineAdminView } from "@/lib/pipelines/admin-view";
import { TabNav } from "@/components/ui/tab-nav";
import { PipelinePicker } from "@/components/pipelines/pipeline-picker";
import { PipelineActions } from "@/components/pipelines/pipeline-actions";

export default async function PipelineLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ pipelineId: string }>;
}) {
  const user = await requirePageUser();
  const { pipelineId } = await params;
  const view = await getPipelineAdminView(pipelineId);
  if (!view) notFound();
  const base = `/settings/objects/tickets/pipelines/${pipelineId}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PipelinePicker pipelines={view.pipelines} currentId={pipelineId} />
        {can(user, "pipelines.edit") ? <PipelineActions view={view} /> : null}
      </div>
      <TabNav
        aria-label="Pipeline settings"
        items={[
          { href: `${base}/statuses`, label: "Ticket statuses" },
          { href: `${base}/automate`, label: "Automate" },
          { href: `${base}/rules`, label: "Rules" },
        ]}
      />
      {children}
    </div>
  );
}
