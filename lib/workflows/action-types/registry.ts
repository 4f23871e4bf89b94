// THE registry of workflow action types (SPEC §5): one line per type, in the "+" menu's order.
// Everything about action types that is not a handler or an editor is derived from it: the
// action schema of forms and documents, the database enum mapping, descriptions, plan gating and
// references. Free of server and client code; the handlers (handlers.ts, server) and editors
// (editors.ts, client) are tables typed over the same types, so the compiler asks for both.
// CONTRIBUTING.md "Adding an action type".
import { z } from "zod";
import type { ActionType } from "@/generated/prisma/enums";
import type { ActionNames, ActionPlanFeature, ActionTypeDefinition, Ref } from "./define";
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

type Definition = (typeof ACTION_TYPES)[number];

export type TAction = z.output<Definition["schema"]>;
export type TActionType = TAction["type"];
export type ActionOf<K extends TActionType> = Extract<TAction, { type: K }>;

/** Any action, as the automation document, the editors and the workflow editor accept it. */
export const ZAction: z.ZodType<TAction, z.input<Definition["schema"]>> = z.union(
  ACTION_TYPES.map((d) => d.schema) as [Definition["schema"], ...Definition["schema"][]],
);

/** The types in the "+" menu's order. */
export const ACTION_TYPE_ORDER: readonly TActionType[] = ACTION_TYPES.map((d) => d.type);

const BY_TYPE = new Map<string, ActionTypeDefinition>(ACTION_TYPES.map((d) => [d.type, d as ActionTypeDefinition]));
const BY_DB_TYPE = new Map<string, ActionTypeDefinition>(
  ACTION_TYPES.map((d) => [d.dbType, d as ActionTypeDefinition]),
);

export const isActionType = (type: unknown): type is TActionType => typeof type === "string" && BY_TYPE.has(type);

function definitionOf(type: TActionType): ActionTypeDefinition {
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

/** The ids an action points at (users, teams, templates, statuses), each with its path. */
export const actionRefs = (action: TAction): Ref[] => definitionOf(action.type).refs?.(action) ?? [];

/** A one-line, human description of a stored action's bubble ("Send email: Ticket closed"). */
export function describeAction(dbType: ActionType, config: unknown, names?: ActionNames): string {
  const definition = BY_DB_TYPE.get(dbType);
  if (!definition) return dbType;
  return definition.describe({ ...((config ?? {}) as object), type: definition.type }, names);
}
