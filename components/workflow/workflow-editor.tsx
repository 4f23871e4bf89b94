"use client";
// The workflow editor (issue 6): the action flow, settings, revisions and enrolled tickets of
// one workflow — the same rows the Automate tab shows. Read-only without `workflows.edit`.
import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useOpenedOnce } from "@/components/ui/use-opened-once";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { WorkflowEditorView, EditorAction } from "@/lib/workflows/editor/editor-view";
import type { RevisionRow } from "@/lib/workflows/editor/revisions";
import type { EnrollmentRow } from "@/lib/workflows/editor/enrollments";
import { ActionFlow } from "./action-flow";
import { DeleteBranchDialog } from "./delete-branch-dialog";
import { deleteWorkflowActionAction, undoWorkflowDeleteAction } from "@/lib/automate/workflow-editor-actions";
import { deleteWithUndo, deletedMessage } from "@/components/automate/status-actions/delete-with-undo";
import type { WorkflowPanel } from "./types";

// The Settings, Revisions and Enrolled tabs (their forms and schemas) load when first shown, the
// side panel with the action editors when it first opens (issue 15 item 8: first-load JS).
const SettingsForm = dynamic(() => import("./settings-form").then((m) => m.SettingsForm));
const RevisionsPanel = dynamic(() => import("./revisions-panel").then((m) => m.RevisionsPanel));
const EnrollmentsTable = dynamic(() => import("./enrollments-table").then((m) => m.EnrollmentsTable));

const WorkflowActionSheet = dynamic(() => import("./workflow-action-sheet").then((m) => m.WorkflowActionSheet), {
  ssr: false,
});

interface WorkflowEditorProps {
  workflow: WorkflowEditorView;
  revisions: RevisionRow[];
  enrollments: EnrollmentRow[];
  editable: boolean;
  /** What starts it, as the trigger card says (lib/workflows/editor/trigger-sentence.ts). */
  trigger: string;
  /** For the §4 email-trigger workflows: their one action, set on the Automate tab. */
  fixedSteps: string[] | null;
}

export function WorkflowEditor(props: WorkflowEditorProps) {
  const { workflow, revisions, enrollments, editable, fixedSteps, trigger } = props;
  const [panel, setPanel] = useState<WorkflowPanel | null>(null);
  const [branchToDelete, setBranchToDelete] = useState<EditorAction | null>(null);
  const sheetWanted = useOpenedOnce(panel !== null);
  const triggerCard = useRef<HTMLDivElement>(null);
  const removeAction = (actionId: string, mode: "only" | "following", message: string, keepBranchKey?: string | null) =>
    deleteWithUndo({
      remove: () =>
        deleteWorkflowActionAction({
          workflowId: workflow.id,
          expectedVersion: workflow.version,
          actionId,
          mode,
          keepBranchKey: keepBranchKey ?? null,
        }),
      undo: (version) => undoWorkflowDeleteAction({ workflowId: workflow.id, expectedVersion: version }),
      message,
    });
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
          className="rounded-lg border bg-muted/40 p-4 outline-none focus-visible:ring-2 focus-visible:ring-ring"
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
            names={workflow.actionNames}
            editable={editable}
            onAdd={(slot, index, type) => setPanel({ kind: "add", slot, index, type })}
            onOpen={(action) => setPanel({ kind: "edit", action })}
            onDelete={(action, mode, count) =>
              action.type === "BRANCH" && mode === "only"
                ? setBranchToDelete(action)
                : removeAction(action.id, mode, deletedMessage(count))
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
      {sheetWanted ? (
        <WorkflowActionSheet
          panel={panel}
          onClose={() => setPanel(null)}
          workflowId={workflow.id}
          version={workflow.version}
          pipelineId={workflow.pipeline?.id ?? ""}
          statuses={workflow.pipeline?.statuses ?? []}
          readOnly={!editable}
        />
      ) : null}
      <DeleteBranchDialog
        branch={branchToDelete}
        onCancel={() => setBranchToDelete(null)}
        onConfirm={(keep) => {
          if (branchToDelete) void removeAction(branchToDelete.id, "only", "Branch deleted.", keep);
          setBranchToDelete(null);
        }}
        focusAfterDelete={() => triggerCard.current?.focus()}
      />
    </Tabs>
  );
}
