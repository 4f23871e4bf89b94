// A WorkflowAction row stores its type in the ActionType enum and the rest of the action in
// `config`; the automation document and the forms use the whole action (`{ type, ...config }`).
import type { ActionType } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { ACTION_TYPE_TO_DB, DB_TO_ACTION_TYPE, type TAction } from "./registry";

/** A WorkflowAction row as read for a whole action tree (the runtime and the revision view). */
export interface StoredActionRow {
  id: string;
  parentActionId: string | null;
  branchKey: string | null;
  position: number;
  type: ActionType;
  config: unknown;
}

export function toStoredAction({ type, ...config }: TAction): { type: ActionType; config: Prisma.InputJsonObject } {
  return { type: ACTION_TYPE_TO_DB[type], config: config as Prisma.InputJsonObject };
}

/** The action as the document and the editors see it. Stored configs were validated on write. */
export function fromStoredAction(type: ActionType, config: unknown): TAction {
  return { ...(config as object), type: DB_TO_ACTION_TYPE[type] } as TAction;
}
