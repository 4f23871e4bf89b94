// The action types without their schemas (SPEC §5): one line per type, in the "+" menu's order.
// The stored enum mapping, labels, plan gating and the bubbles' one-line descriptions derive from
// it. Bubbles and the "+" menu import this module, not the registry: the registry adds every
// type's zod schema and, through them, the template parser, which load with the side panel
// (issue 15 item 8: first-load JS). CONTRIBUTING.md "Adding an action type".
import type { ActionType } from "@/generated/prisma/enums";
import type { ActionNames, ActionPlanFeature, ActionTypeDefinition } from "./define";
import { assignOwner } from "./assign-owner/definition";
import { branch } from "./branch/definition";
import { createTask } from "./create-task/definition";
import { delay } from "./delay/definition";
import { sendEmail } from "./send-email/definition";
import { sendInternalEmail } from "./send-internal-email/definition";
import { setProperty } from "./set-property/definition";
import { webhook } from "./webhook/definition";

export const ACTION_TYPES = [
  sendInternalEmail,
  sendEmail,
  delay,
  branch,
  setProperty,
  createTask,
  assignOwner,
  webhook,
] as const;

export type TActionType = (typeof ACTION_TYPES)[number]["type"];

/** The types in the "+" menu's order. */
export const ACTION_TYPE_ORDER: readonly TActionType[] = ACTION_TYPES.map((d) => d.type);

const BY_TYPE = new Map<string, ActionTypeDefinition>(ACTION_TYPES.map((d) => [d.type, d as ActionTypeDefinition]));
const BY_DB_TYPE = new Map<string, ActionTypeDefinition>(
  ACTION_TYPES.map((d) => [d.dbType, d as ActionTypeDefinition]),
);

export const isActionType = (type: unknown): type is TActionType => typeof type === "string" && BY_TYPE.has(type);

export function definitionOf(type: TActionType): ActionTypeDefinition {
  const definition = BY_TYPE.get(type);
  if (!definition) throw new Error(`Unknown action type ${type}`);
  return definition;
}

/** The database enum name of each action type. */
export const ACTION_TYPE_TO_DB = Object.fromEntries(ACTION_TYPES.map((d) => [d.type, d.dbType])) as Record<
  TActionType,
  ActionType
>;
export const DB_TO_ACTION_TYPE = Object.fromEntries(ACTION_TYPES.map((d) => [d.dbType, d.type])) as Record<
  ActionType,
  TActionType
>;

export const actionLabel = (type: TActionType): string => definitionOf(type).label;

/** The plan feature that includes an action type (SPEC §6). */
export const actionFeature = (type: TActionType): ActionPlanFeature => definitionOf(type).feature;

/** A one-line, human description of a stored action's bubble ("Send email: Ticket closed"). */
export function describeAction(dbType: ActionType, config: unknown, names?: ActionNames): string {
  const definition = BY_DB_TYPE.get(dbType);
  if (!definition) return dbType;
  return definition.describe({ ...((config ?? {}) as object), type: definition.type }, names);
}
