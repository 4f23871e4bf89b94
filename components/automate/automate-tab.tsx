import type { AutomateView } from "@/lib/automate/automate-view";
import type { SettingsChangeRow } from "@/lib/history/list-changes";
import { planAllows } from "@/lib/account/plan";
import { HistoryDrawer } from "@/components/history/history-drawer";
import { ReadonlyNotice } from "@/components/shell/readonly-notice";
import { AutomateSection } from "./automate-section";
import { AutomationVersionProvider } from "./automation-version";
import { CloseDateRow } from "./close-date-row";
import { ConnectedChannels } from "./connected-channels";
import { EmailTriggerRows } from "./email-trigger-rows";
import { ExportAutomationButton } from "./export-automation-button";
import { ImportAutomationDialog } from "./import-automation-dialog";
import { PlanLock } from "./plan-lock";
import { ReopenWindowRow } from "./reopen-window-row";
import { SlaSection } from "./sla-section";
import { WORKFLOW_EDITOR_LOCK_ID } from "./workflow-editor-link";
import { StatusActionLanes } from "./status-actions/status-action-lanes";

interface AutomateTabProps {
  view: AutomateView;
  canEdit: boolean;
  readOnlyReason: string;
  history: SettingsChangeRow[];
  /** Ids in History rows written by the workflow editor (workflows, users) → names. */
  historyNames: Record<string, string>;
}

/** Settings > Objects > Tickets > Pipelines > Automate, for one pipeline (SPEC §2–§7). */
export function AutomateTab({ view, canEdit, readOnlyReason, history, historyNames }: AutomateTabProps) {
  const { pipeline } = view;
  const triggersAllowed = planAllows(view.planTier, "statusEmailTriggers");
  const editorAllowed = planAllows(view.planTier, "workflowEditor");
  const slaAllowed = planAllows(view.planTier, "sla");
  const names = Object.fromEntries([
    ...Object.entries(historyNames),
    ...pipeline.statuses.map((s) => [s.id, s.label]),
    ...view.lanes.flatMap((l) => (l.workflow ? [[l.workflow.id, l.status.label]] : [])),
  ]);
  return (
    <AutomationVersionProvider version={view.version}>
      <div className="space-y-4" data-testid="automate-tab">
        {canEdit ? null : <ReadonlyNotice reason={readOnlyReason} />}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted-foreground">What happens automatically to tickets in {pipeline.name}.</p>
          <div className="flex flex-wrap gap-2">
            <HistoryDrawer
              changes={history}
              names={names}
              timeZone={view.timeZone}
              description={`Changes to the automation of ${pipeline.name}, newest first.`}
            />
            <ExportAutomationButton pipelineId={pipeline.id} pipelineName={pipeline.name} disabled={!canEdit} />
            <ImportAutomationDialog pipelineId={pipeline.id} disabled={!canEdit} />
          </div>
        </div>
        <AutomateSection
          title="Templated automation"
          description="Ready-made automation for this pipeline: switch it on and choose the details."
        >
          <ConnectedChannels pipelineId={pipeline.id} channels={view.channels} />
          <CloseDateRow pipelineId={pipeline.id} enabled={view.settings.closeDateAutomation} canEdit={canEdit} />
          <ReopenWindowRow pipelineId={pipeline.id} days={view.settings.reopenWindowDays} canEdit={canEdit} />
          {triggersAllowed ? null : <PlanLock feature="statusEmailTriggers" />}
          {editorAllowed ? null : <PlanLock feature="workflowEditor" id={WORKFLOW_EDITOR_LOCK_ID} />}
          <EmailTriggerRows
            pipelineId={pipeline.id}
            settings={view.settings}
            statuses={pipeline.statuses}
            workflowIds={view.triggerWorkflowIds}
            locked={!canEdit || !triggersAllowed}
            editorAllowed={editorAllowed}
          />
        </AutomateSection>
        <AutomateSection
          title="SLAs"
          description="Targets for the first reply and for closing each ticket of this pipeline."
        >
          {slaAllowed ? null : <PlanLock feature="sla" />}
          <SlaSection pipelineId={pipeline.id} sla={view.sla} locked={!canEdit || !slaAllowed} />
        </AutomateSection>
        <AutomateSection
          title="Create workflows from scratch"
          description="Trigger actions when a ticket reaches a certain status."
        >
          <StatusActionLanes view={view} canEdit={canEdit} readOnlyReason={readOnlyReason} />
        </AutomateSection>
      </div>
    </AutomationVersionProvider>
  );
}
