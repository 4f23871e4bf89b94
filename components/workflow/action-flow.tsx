"use client";
// The action chain as a vertical flow (issue 6 §3): bubbles top to bottom with "+" between
// them; an if/then branch shows each of its paths (and "none met") as a flow of its own.
import { useRef } from "react";
import { ArrowDown } from "lucide-react";
import type { PlanTier } from "@/lib/account/plan";
import type { EditorAction } from "@/lib/workflows/editor/editor-view";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run/action-tree";
import { ActionBubble } from "@/components/automate/status-actions/action-bubble";
import { AddActionMenu } from "@/components/automate/status-actions/add-action-menu";
import { focusAfterDelete } from "@/components/automate/status-actions/focus-after-delete";
import type { ActionNames } from "@/lib/workflows/action-types/define";
import { addKeyOf, type FlowHandlers, type Slot } from "./types";

interface FlowProps extends FlowHandlers {
  actions: EditorAction[];
  slot: Slot;
  planTier: PlanTier;
  names: ActionNames;
  label: string;
}

const inSlot = (actions: EditorAction[], { parentActionId, branchKey }: Slot) =>
  actions.filter((a) => a.parentActionId === parentActionId && (parentActionId === null || a.branchKey === branchKey));

/** The actions in `ids` and every action inside their branch paths. */
function withDescendants(all: EditorAction[], ids: string[]): number {
  const children = all.filter((a) => a.parentActionId !== null && ids.includes(a.parentActionId)).map((a) => a.id);
  return ids.length + (children.length > 0 ? withDescendants(all, children) : 0);
}

function Insert({ index, ...props }: FlowProps & { index: number }) {
  return (
    <div className="flex flex-col items-center gap-1 py-1">
      <ArrowDown aria-hidden className="size-3.5 text-muted-foreground" />
      {props.editable ? (
        <AddActionMenu
          statusLabel={`${props.label}, position ${index + 1}`}
          planTier={props.planTier}
          onPick={(type) => props.onAdd(props.slot, index, type)}
          addKey={addKeyOf(props.slot, index)}
        />
      ) : null}
    </div>
  );
}

function BranchPaths({ branch, ...props }: FlowProps & { branch: EditorAction }) {
  const branches = (branch.config as { branches?: { key: string; label: string }[] }).branches ?? [];
  const paths = [...branches, { key: NONE_MET_BRANCH_KEY, label: "None met" }];
  return (
    <div className="grid gap-3 sm:grid-flow-col sm:auto-cols-fr" data-testid="branch-paths">
      {paths.map((p) => (
        <section
          key={p.key}
          aria-label={`Branch ${p.label}`}
          className="rounded-md border border-dashed bg-muted/30 p-2"
        >
          <p className="text-xs font-semibold">{p.label}</p>
          <ActionFlow {...props} slot={{ parentActionId: branch.id, branchKey: p.key }} label={`branch ${p.label}`} />
        </section>
      ))}
    </div>
  );
}

export function ActionFlow(props: FlowProps) {
  const chain = inSlot(props.actions, props.slot);
  const list = useRef<HTMLOListElement>(null);
  return (
    <ol ref={list} className="flex flex-col" aria-label={`Actions in ${props.label}`}>
      {/* An <ol> holds only <li>s (axe "list"). */}
      <li className="list-none">
        <Insert {...props} index={0} />
      </li>
      {chain.map((action, i) => {
        const following = withDescendants(
          props.actions,
          chain.slice(i).map((a) => a.id),
        );
        return (
          <li key={action.id} className="flex flex-col gap-2 list-none">
            <ol className="grid pt-3">
              <ActionBubble
                action={action}
                names={props.names}
                editable={props.editable}
                followingCount={following}
                onOpen={() => props.onOpen(action)}
                onDelete={(mode) =>
                  props.onDelete(
                    action,
                    mode,
                    mode === "only" ? withDescendants(props.actions, [action.id]) : following,
                  )
                }
                // Deleting only a branch asks first (DeleteBranchDialog places focus itself).
                focusAfterDelete={(mode) =>
                  !(action.type === "BRANCH" && mode === "only") &&
                  focusAfterDelete(list.current, chain[i - 1]?.id ?? null)
                }
              />
            </ol>
            {action.type === "BRANCH" ? <BranchPaths {...props} branch={action} /> : null}
            <Insert {...props} index={i + 1} />
          </li>
        );
      })}
    </ol>
  );
}
