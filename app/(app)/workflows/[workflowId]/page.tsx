import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArrowDown, ChevronLeft, Zap } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getWorkflowDetail } from "@/lib/workflows/workflow-detail";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Workflow · Ticketflow" };

/** The workflow view, read-only for now: what enrols a ticket, then each action in order. */
export default async function WorkflowPage({ params }: { params: Promise<{ workflowId: string }> }) {
  await requirePageUser();
  const workflow = await getWorkflowDetail((await params).workflowId);
  if (!workflow) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href="/workflows" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft aria-hidden className="size-4" /> Workflows
      </Link>
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">{workflow.name}</h1>
          {workflow.enabled ? <Badge variant="success">On</Badge> : <Badge variant="secondary">Off</Badge>}
        </div>
        {workflow.description ? <p className="text-sm text-muted-foreground">{workflow.description}</p> : null}
        {workflow.pipeline ? (
          <p className="text-sm">
            Tickets in {workflow.pipeline.name} ·{" "}
            <Link href={`/settings/objects/tickets/pipelines/${workflow.pipeline.id}/automate`} className="font-medium text-primary underline-offset-2 hover:underline">
              Edit on the Automate tab
            </Link>
          </p>
        ) : null}
      </div>
      <ol className="flex flex-col items-center gap-2" aria-label="Workflow steps">
        <li className="w-full rounded-lg border-2 border-brand/50 bg-brand/5 p-4" data-testid="workflow-trigger">
          <p className="flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            <Zap aria-hidden className="size-3.5" /> Trigger
          </p>
          <p className="mt-1 text-sm font-medium">{workflow.enrollment}</p>
        </li>
        {workflow.steps.map((step) => (
          <li key={step.id} className="flex w-full flex-col items-center gap-2">
            <ArrowDown aria-hidden className="size-4 text-muted-foreground" />
            <div className="w-full rounded-lg border bg-card p-4 text-sm shadow-xs" data-testid="workflow-action">{step.text}</div>
          </li>
        ))}
        {workflow.steps.length === 0 ? <li className="text-sm text-muted-foreground">No actions yet.</li> : null}
      </ol>
    </div>
  );
}
