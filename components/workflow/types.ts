import type { TActionType } from "@/lib/workflows/action-types/registry";
import type { EditorAction } from "@/lib/workflows/editor/editor-view";

/** A path of the tree: the top-level chain (parent null) or one branch's path. */
export interface Slot {
  parentActionId: string | null;
  branchKey: string | null;
}

export type WorkflowPanel =
  { kind: "add"; slot: Slot; index: number; type: TActionType } | { kind: "edit"; action: EditorAction };

/** What the flow needs from the editor around it. */
export interface FlowHandlers {
  editable: boolean;
  onAdd: (slot: Slot, index: number, type: TActionType) => void;
  onOpen: (action: EditorAction) => void;
  /** `count`: how many actions the mode removes (with those inside branch paths). */
  onDelete: (action: EditorAction, mode: "only" | "following", count: number) => void;
}

/** The "+" at a position of a path, named for returning focus to it (panelOpener). */
export const addKeyOf = ({ parentActionId, branchKey }: Slot, index: number) =>
  `${parentActionId ?? "top"}:${branchKey ?? ""}:${index}`;
