import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listPipelines } from "@/lib/pipelines/queries";
import { TabNav } from "@/components/ui/tab-nav";
import { PipelinePicker } from "@/components/pipelines/pipeline-picker";

export default async function PipelineLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ pipelineId: string }>;
}) {
  await requirePageUser();
  const { pipelineId } = await params;
  const pipelines = await listPipelines();
  if (!pipelines.some((p) => p.id === pipelineId)) notFound();
  const base = `/settings/objects/tickets/pipelines/${pipelineId}`;
  return (
    <div className="space-y-4">
      <PipelinePicker pipelines={pipelines.map(({ id, name }) => ({ id, name }))} currentId={pipelineId} />
      <TabNav
        aria-label="Pipeline settings"
        items={[
          { href: `${base}/statuses`, label: "Ticket statuses" },
          { href: `${base}/automate`, label: "Automate" },
        ]}
      />
      {children}
    </div>
  );
}
