// THE registry of workflow action types (SPEC §5): the catalog (catalog.ts: one definition per
// type, in the "+" menu's order) with each type's schema. The action schema of forms and
// documents and the reference checks derive from it; the rest is the catalog's, re-exported. Free
// of server and client code; the handlers (handlers.ts, server) and editors (editors.ts, client)
// are tables typed over the same types, so the compiler asks for both.
// CONTRIBUTING.md "Adding an action type".
import { z } from "zod";
import type { Ref } from "./define";
import { definitionOf, type TActionType } from "./catalog";
import { ZAssignOwner } from "./assign-owner/schema";
import { ZBranch } from "./branch/schema";
import { ZCreateTask } from "./create-task/schema";
import { ZDelay } from "./delay/schema";
import { ZSendEmail } from "./send-email/schema";
import { ZSendInternalEmail } from "./send-internal-email/schema";
import { ZSetProperty } from "./set-property/schema";
import { ZWebhook } from "./webhook/schema";

export {
  ACTION_TYPES,
  ACTION_TYPE_ORDER,
  ACTION_TYPE_TO_DB,
  DB_TO_ACTION_TYPE,
  actionFeature,
  actionLabel,
  describeAction,
  isActionType,
  type TActionType,
} from "./catalog";

const ACTION_SCHEMAS = [
  ZSendInternalEmail,
  ZSendEmail,
  ZDelay,
  ZBranch,
  ZSetProperty,
  ZCreateTask,
  ZAssignOwner,
  ZWebhook,
] as const;

type ActionSchema = (typeof ACTION_SCHEMAS)[number];

export type TAction = z.output<ActionSchema>;
export type ActionOf<K extends TActionType> = Extract<TAction, { type: K }>;

// The schemas and the catalog name the same types: a type with no schema, or a schema with no
// definition, does not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: Same<TAction["type"], TActionType> = true;
void sameTypes;

/** Any action, as the automation document, the editors and the workflow editor accept it. */
export const ZAction: z.ZodType<TAction, z.input<ActionSchema>> = z.union(
  ACTION_SCHEMAS as unknown as [ActionSchema, ...ActionSchema[]],
);

/** The ids an action points at (users, teams, templates, statuses), each with its path. */
export const actionRefs = (action: TAction): Ref[] => definitionOf(action.type).refs?.(action) ?? [];
