"use client";
// The workflow editor (issue 6): the action flow, settings, revisions and enrolled tickets of
// one workflow — the same rows the Automate tab shows. Read-only without `workflows.edit`.
import { useRef, useState } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { WorkflowEditorView, EditorAction } from "@/lib/workflows/editor/editor-view";
import type { RevisionRow } from "@/lib/workflows/editor/revisions";
import type { EnrollmentRow } from "@/lib/workflows/editor/enrollments";
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";
import { ActionFlow } from "./action-flow";
import { DeleteBranchDialog } from "./delete-branch-dialog";
import { EnrollmentsTable } from "./enrollments-table";
import { RevisionsPanel } from "./revisions-panel";
import { SettingsForm } from "./settings-form";
import { WorkflowActionSheet } from "./workflow-action-sheet";
import { useWorkflowMutations } from "./use-workflow-editor";
import type { WorkflowPanel } from "./types";

interface WorkflowEditorProps {
  workflow: WorkflowEditorView;
  revisions: RevisionRow[];
  enrollments: EnrollmentRow[];
  editable: boolean;
  /** For the §4 email-trigger workflows: their one action, set on the Automate tab. */
  fixedSteps: string[] | null;
}

export function WorkflowEditor({ workflow, revisions, enrollments, editable, fixedSteps }: WorkflowEditorProps) {
  const [panel, setPanel] = useState<WorkflowPanel | null>(null);
  const [branchToDelete, setBranchToDelete] = useState<EditorAction | null>(null);
  const { remove } = useWorkflowMutations();
  const triggerCard = useRef<HTMLDivElement>(null);
  const statusLabel = workflow.pipeline?.statuses.find((s) => s.id === workflow.statusId)?.label;
  const trigger =
    workflow.trigger === "STATUS_ENTERED"
      ? `Ticket reaches “${statusLabel ?? "—"}” in ${workflow.pipeline?.name}`
      : TRIGGER_LABEL[workflow.trigger];
  const removeAction = (actionId: string, mode: "only" | "following", keepBranchKey: string | null = null) =>
    remove.mutate({ workflowId: workflow.id, expectedVersion: workflow.version, actionId, mode, keepBranchKey });
  return (
    <Tabs defaultValue="actions" className="space-y-4">
      <TabsList aria-label="Workflow editor">
        <TabsTrigger value="actions">Actions</TabsTrigger>
        <TabsTrigger value="settings">Settings</TabsTrigger>
        <TabsTrigger value="revisions">Revisions</TabsTrigger>
        <TabsTrigger value="enrolled">Enrolled ({enrollments.length})</TabsTrigger>
      </TabsList>
      <TabsContent value="actions" className="mx-auto max-w-3xl">
        <div
          ref={triggerCard}
          tabIndex={-1}
          className="rounded-lg border-2 border-brand/50 bg-brand/5 p-4 outline-none focus-visible:ring-2 focus-visible:ring-ring"
          data-testid="workflow-trigger"
        >
          <p className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">Trigger</p>
          <p className="mt-1 text-sm font-medium">{trigger}</p>
        </div>
        {fixedSteps ? (
          <ol className="mt-3 grid gap-2">
            {fixedSteps.map((s) => (
              <li key={s} className="rounded-lg border bg-card p-3 text-sm" data-testid="workflow-action">
                {s}
              </li>
            ))}
          </ol>
        ) : (
          <ActionFlow
            actions={workflow.actions}
            slot={{ parentActionId: null, branchKey: null }}
            label="the workflow"
            planTier={workflow.planTier}
            names={{ templates: workflow.templateNames }}
            editable={editable}
            onAdd={(slot, index, type) => setPanel({ kind: "add", slot, index, type })}
            onOpen={(action) => setPanel({ kind: "edit", action })}
            onDelete={(action, mode) =>
              action.type === "BRANCH" && mode === "only" ? setBranchToDelete(action) : removeAction(action.id, mode)
            }
          />
        )}
      </TabsContent>
      <TabsContent value="settings">
        <SettingsForm key={workflow.version} workflow={workflow} editable={editable} />
      </TabsContent>
      <TabsContent value="revisions">
        <RevisionsPanel workflowId={workflow.id} version={workflow.version} revisions={revisions} editable={editable} />
      </TabsContent>
      <TabsContent value="enrolled">
        <EnrollmentsTable enrollments={enrollments} editable={editable} />
      </TabsContent>
      <WorkflowActionSheet
        panel={panel}
        onClose={() => setPanel(null)}
        workflowId={workflow.id}
        version={workflow.version}
        pipelineId={workflow.pipeline?.id ?? ""}
        statuses={workflow.pipeline?.statuses ?? []}
        readOnly={!editable}
      />
      <DeleteBranchDialog
        branch={branchToDelete}
        onCancel={() => setBranchToDelete(null)}
        onConfirm={(keep) => {
          if (branchToDelete) removeAction(branchToDelete.id, "only", keep);
          setBranchToDelete(null);
        }}
        focusAfterDelete={() => triggerCard.current?.focus()}
      />
    </Tabs>
  );
}
