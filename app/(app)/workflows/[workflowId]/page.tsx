import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChevronLeft } from "lucide-react";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { planAllows } from "@/lib/account/plan";
import { getWorkflowEditorView } from "@/lib/workflows/editor/editor-view";
import { listRevisions } from "@/lib/workflows/editor/revisions";
import { listEnrollments } from "@/lib/workflows/editor/enrollments";
import { getWorkflowDetail } from "@/lib/automate/workflow-detail";
import { Badge } from "@/components/ui/badge";
import { PlanLock } from "@/components/automate/plan-lock";
import { WorkflowEditor } from "@/components/workflow/workflow-editor";
import { triggerSentence } from "@/lib/workflows/editor/trigger-sentence";
import { WorkflowActivityLine } from "@/components/workflow/workflow-activity-line";
import { workflowActivity } from "@/lib/workflows/workflow-activity";

export const metadata: Metadata = { title: "Workflow · Ticketflow" };

/** The workflow editor (issue 6). Professional plan and above; `workflows.edit` to change anything. */
export default async function WorkflowPage({ params }: { params: Promise<{ workflowId: string }> }) {
  const user = await requirePageUser();
  const { workflowId } = await params;
  const workflow = await getWorkflowEditorView(workflowId, user);
  if (!workflow) notFound();
  const planIncludes = planAllows(workflow.planTier, "workflowEditor");
  const editable = planIncludes && can(user, "workflows.edit");
  const isTrigger = workflow.kind === "EMAIL_SENT_TRIGGER" || workflow.kind === "CUSTOMER_REPLY_TRIGGER";
  const [revisions, enrollments, detail, activity] = await Promise.all([
    listRevisions(workflowId),
    listEnrollments(workflowId),
    isTrigger ? getWorkflowDetail(workflowId) : null,
    workflowActivity([{ id: workflow.id, kind: workflow.kind, pipelineId: workflow.pipeline?.id ?? null }]),
  ]);
  return (
    <div className="space-y-4">
      <Link
        href="/workflows"
        className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ChevronLeft aria-hidden className="size-4" /> Workflows
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold">{workflow.name}</h1>
        {(detail?.enabled ?? workflow.enabled) ? (
          <Badge variant="success">On</Badge>
        ) : (
          <Badge variant="secondary">Off</Badge>
        )}
        {workflow.pipeline ? (
          <Link
            href={`/settings/objects/tickets/pipelines/${workflow.pipeline.id}/automate`}
            className="text-sm font-medium text-primary underline-offset-2 hover:underline"
          >
            Automate tab of {workflow.pipeline.name}
          </Link>
        ) : null}
      </div>
      {workflow.description ? <p className="text-sm text-muted-foreground">{workflow.description}</p> : null}
      <WorkflowActivityLine activity={activity.get(workflow.id)!} timeZone={workflow.accountTimeZone} />
      {planIncludes ? null : <PlanLock feature="workflowEditor" />}
      {planIncludes && !editable ? (
        <p className="text-sm text-muted-foreground" data-testid="read-only-reason">
          {denialReason("workflows.edit")}
        </p>
      ) : null}
      <WorkflowEditor
        workflow={workflow}
        trigger={triggerSentence(workflow)}
        revisions={revisions}
        enrollments={enrollments}
        editable={editable}
        fixedSteps={detail ? detail.steps.map((s) => s.text) : null}
      />
    </div>
  );
}
