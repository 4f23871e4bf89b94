import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { currentPlanTier } from "@/lib/account/current-plan";
import { planAllows } from "@/lib/account/plan";
import { readPipelineRules } from "@/lib/pipeline-reads/pipeline-rules-json";
import { findPipeline } from "@/lib/pipeline-reads/queries";
import { PlanLock } from "@/components/automate/plan-lock";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { PipelineRulesForm } from "@/components/pipelines/pipeline-rules-form";

/** SPEC §8 the Rules tab (Professional and above; admins change it). */
export default async function RulesPage({ params }: { params: Promise<{ pipelineId: string }> }) {
  const user = await requirePageUser();
  const { pipelineId } = await params;
  const [pipeline, rules, planTier] = await Promise.all([
    findPipeline(pipelineId),
    readPipelineRules(pipelineId),
    currentPlanTier(),
  ]);
  if (!pipeline) notFound();
  const canEdit = can(user, "pipelines.edit");
  const planIncludes = planAllows(planTier, "pipelineRules");
  return (
    <div className="space-y-4" data-testid="rules-tab">
      {planIncludes ? null : <PlanLock feature="pipelineRules" />}
      {canEdit ? null : <ReadonlyNotice reason={denialReason("pipelines.edit")} />}
      <PipelineRulesForm
        pipelineId={pipelineId}
        statuses={pipeline.statuses.map((s) => ({ id: s.id, label: s.label }))}
        rules={rules}
        locked={!canEdit || !planIncludes}
      />
    </div>
  );
}
