"use client";
// One status's lane: its action bubbles in order, "+" to add one, and "Open in Workflows".
import { useRef } from "react";
import { ArrowDown, ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { planAllows, type PlanTier } from "@/lib/account/plan";
import { WORKFLOW_EDITOR_LOCK_ID, WorkflowEditorLink } from "@/components/automate/workflow-editor-link";
import type { TActionType } from "@/lib/workflows/action-types/registry";
import type { ActionNames } from "@/lib/workflows/action-types/define";
import type { TDeleteStatusAction } from "@/lib/automate/status-action-schemas";
import { ActionBubble } from "./action-bubble";
import { AddActionMenu } from "./add-action-menu";
import { focusAfterDelete } from "./focus-after-delete";
import type { Lane, LaneAction } from "./types";

interface StatusLaneProps {
  lane: Lane;
  editable: boolean;
  planTier: PlanTier;
  names: ActionNames;
  onAdd: (type: TActionType) => void;
  onOpen: (action: LaneAction) => void;
  /** `count`: how many actions the mode removes. */
  onDelete: (action: LaneAction, mode: TDeleteStatusAction["mode"], count: number) => void;
}

export function StatusLane({
  lane: { status, workflow },
  editable,
  planTier,
  names,
  onAdd,
  onOpen,
  onDelete,
}: StatusLaneProps) {
  const actions = workflow?.actions ?? [];
  const section = useRef<HTMLElement>(null);
  return (
    <section
      ref={section}
      aria-label={`Actions for ${status.label}`}
      className="flex min-w-0 flex-col gap-2 rounded-md border bg-muted/30 p-3"
    >
      <h3 className="flex items-center gap-2 text-sm font-semibold">
        {status.label} {closedBadge(status) ? <Badge variant="secondary">Closed</Badge> : null}
      </h3>
      <p className="text-xs text-muted-foreground">When a ticket reaches this status</p>
      {actions.length > 0 ? (
        <ol className="grid gap-4 pt-3" aria-label={`${status.label} actions in order`}>
          {actions.map((action, i) => (
            <ActionBubble
              key={action.id}
              action={action}
              names={names}
              editable={editable}
              followingCount={actions.length - i}
              onOpen={() => onOpen(action)}
              onDelete={(mode) => onDelete(action, mode, mode === "only" ? 1 : actions.length - i)}
              focusAfterDelete={() => focusAfterDelete(section.current, actions[i - 1]?.id ?? null)}
            />
          ))}
        </ol>
      ) : (
        <p className="text-xs italic text-muted-foreground">No actions</p>
      )}
      {editable ? (
        <div className="flex items-center gap-2">
          {actions.length > 0 ? <ArrowDown aria-hidden className="size-3.5 text-muted-foreground" /> : null}
          <AddActionMenu statusLabel={status.label} planTier={planTier} onPick={onAdd} addKey={status.id} />
        </div>
      ) : null}
      {workflow ? (
        <WorkflowEditorLink
          workflowId={workflow.id}
          allowed={planAllows(planTier, "workflowEditor")}
          label={`Open in Workflows: ${status.label}`}
          lockId={`${WORKFLOW_EDITOR_LOCK_ID}-lanes`}
          newTab
          className="mt-auto inline-flex items-center gap-1 pt-2 text-xs font-medium text-primary underline-offset-2 hover:underline"
        >
          Open in Workflows <ExternalLink aria-hidden className="size-3" />
        </WorkflowEditorLink>
      ) : null}
    </section>
  );
}

/** The closed state's badge, unless the label already says so ("Closed Closed"). */
function closedBadge(status: { label: string; state: string }): boolean {
  return status.state === "CLOSED" && status.label.trim().toLowerCase() !== "closed";
}
