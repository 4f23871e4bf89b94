"use client";
// SPEC §5 "Trigger actions when a ticket reaches a certain status": one lane per status in
// pipeline order, edited in a side panel. Only editors with a Starter+ plan change anything.
import { useState } from "react";
import dynamic from "next/dynamic";
import type { AutomateView } from "@/lib/automate/automate-view";
import { planAllows } from "@/lib/account/plan";
import { PlanLock } from "@/components/automate/plan-lock";
import { WORKFLOW_EDITOR_LOCK_ID } from "@/components/automate/workflow-editor-link";
import { useOpenedOnce } from "@/components/ui/use-opened-once";
import { StatusLane } from "./status-lane";
import { deleteStatusActionAction, undoStatusActionDeleteAction } from "@/lib/automate/status-action-actions";
import { deleteWithUndo, deletedMessage } from "./delete-with-undo";
import { chainOf, type PanelState } from "./types";

// The side panel, its editors and their forms load when a panel first opens (issue 15 item 8).
const ActionSheet = dynamic(() => import("./action-sheet").then((m) => m.ActionSheet), { ssr: false });

interface StatusActionLanesProps {
  view: AutomateView;
  canEdit: boolean;
  readOnlyReason: string;
}

export function StatusActionLanes({ view, canEdit, readOnlyReason }: StatusActionLanesProps) {
  const [panel, setPanel] = useState<PanelState | null>(null);
  const sheetWanted = useOpenedOnce(panel !== null);
  const planIncludes = planAllows(view.planTier, "statusActions");
  const editable = canEdit && planIncludes;
  const pipelineId = view.pipeline.id;
  return (
    <div className="space-y-3" data-testid="status-actions">
      {planIncludes ? null : <PlanLock feature="statusActions" />}
      {planAllows(view.planTier, "workflowEditor") ? null : (
        <PlanLock feature="workflowEditor" id={`${WORKFLOW_EDITOR_LOCK_ID}-lanes`} />
      )}
      <p className="text-sm text-muted-foreground">
        A ticket that reaches a status runs that status&rsquo;s actions in order, top to bottom. Live chat and Facebook
        Messenger tickets are left out by the workflow&rsquo;s visible filter &ldquo;Source is none of Chat, Facebook
        Messenger&rdquo;; &ldquo;Open in Workflows&rdquo; to change it or add a group that includes them.
      </p>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {view.lanes.map((lane) => {
          const chain = chainOf(pipelineId, lane);
          return (
            <StatusLane
              key={lane.status.id}
              lane={lane}
              editable={editable}
              planTier={view.planTier}
              names={view.actionNames}
              onAdd={(type) => setPanel({ kind: "add", chain, type })}
              onOpen={(action) => setPanel({ kind: "edit", chain, action })}
              onDelete={(action, mode, count) =>
                deleteWithUndo({
                  remove: () => deleteStatusActionAction({ actionId: action.id, expectedVersion: chain.version, mode }),
                  undo: (version) =>
                    undoStatusActionDeleteAction({ workflowId: chain.workflowId ?? "", expectedVersion: version }),
                  message: deletedMessage(count),
                })
              }
            />
          );
        })}
      </div>
      {sheetWanted ? (
        <ActionSheet
          panel={panel}
          onClose={() => setPanel(null)}
          statuses={view.pipeline.statuses}
          readOnly={!editable}
          readOnlyReason={planIncludes ? readOnlyReason : ""}
        />
      ) : null}
    </div>
  );
}
