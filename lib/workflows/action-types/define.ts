// What every action type declares about itself, free of server and client code: the registry
// (registry.ts) derives the document schema, the stored enum names, the one-line descriptions,
// plan gating and reference checks from these definitions.
import type { z } from "zod";
import type { ActionType } from "@/generated/prisma/enums";
import type { PlanFeature } from "@/lib/account/plan";

/** What an id in an action points at; `references.ts` checks that each one exists. */
export type RefKind = "user" | "team" | "template" | "status";
export interface Ref {
  kind: RefKind;
  id: string;
  /** Where the id sits in the action, e.g. ["to", "userIds", 0]. */
  path: (string | number)[];
}

/** SPEC §6: email and notification are Starter's status actions, the rest Professional's workflow actions. */
export type ActionPlanFeature = Extract<PlanFeature, "statusActions" | "workflowActions">;

type AnyActionSchema = z.ZodType<{ type: string }>;

export interface ActionTypeDefinition<S extends AnyActionSchema = AnyActionSchema> {
  /** The zod schema of the whole action (`{ type, ...settings }`): forms and server parse with it. */
  schema: S;
  type: z.output<S>["type"];
  /** The value of the ActionType database enum that stores this type. */
  dbType: ActionType;
  /** The name in the "+" menu and the editor's title. */
  label: string;
  /** The plan feature that includes it. */
  feature: ActionPlanFeature;
  /** The one-line text of its bubble ("Send email: Ticket closed"); `names` gives the names of
   *  what it points at, where the caller has them. */
  describe: (action: z.output<S>, names?: ActionNames) => string;
  /** The ids it points at; none when omitted. */
  refs?: (action: z.output<S>) => Ref[];
}

/** Names of the things actions point at, by the id an action stores. */
export interface ActionNames {
  /** Automated emails by built-in key or custom email id. */
  templates?: Readonly<Record<string, string>>;
}

export const defineActionType = <S extends AnyActionSchema>(definition: ActionTypeDefinition<S>) => definition;

/** One reference per id of a list field. */
export const refsTo = (kind: RefKind, ids: string[], field: (string | number)[]): Ref[] =>
  ids.map((id, i) => ({ kind, id, path: [...field, i] }));
