// What every action type declares about itself, free of server and client code and of its schema:
// the catalog (catalog.ts) derives the stored enum names, the menu, the one-line descriptions,
// plan gating and reference checks from these definitions; the registry (registry.ts) adds the
// schemas. Bubbles and the "+" menu read the catalog alone, so they load no zod schema and no
// template parser (issue 15 item 8: first-load JS).
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

interface AnyAction {
  type: string;
}

/** `A` is the action as its schema (`<type>/schema.ts`) outputs it. */
export interface ActionTypeDefinition<A extends AnyAction = AnyAction> {
  type: A["type"];
  /** The value of the ActionType database enum that stores this type. */
  dbType: ActionType;
  /** The name in the "+" menu and the editor's title. */
  label: string;
  /** The plan feature that includes it. */
  feature: ActionPlanFeature;
  /** The one-line text of its bubble ("Send email: Ticket closed"); `names` gives the names of
   *  what it points at, where the caller has them. */
  describe: (action: A, names?: ActionNames) => string;
  /** The ids it points at; none when omitted. */
  refs?: (action: A) => Ref[];
}

/** Names of the things actions point at, by the id an action stores (lib/workflows/action-names.ts). */
export interface ActionNames {
  /** Automated emails by built-in key or custom email id. */
  templates?: Readonly<Record<string, string>>;
  users?: Readonly<Record<string, string>>;
  teams?: Readonly<Record<string, string>>;
  /** Pipeline statuses' labels. */
  statuses?: Readonly<Record<string, string>>;
  /** The account's IANA time zone, in which times are shown; without it, UTC. */
  timeZone?: string;
}

/** A list as a person reads it: "Ana", "Ana and Ben", "Ana, Ben and 2 more". */
export function nameList(names: string[], shown = 2): string {
  if (names.length <= shown) return names.join(" and ");
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(", ")} and ${rest} more`;
}

export const defineActionType = <A extends AnyAction>(definition: ActionTypeDefinition<A>) => definition;

/** One reference per id of a list field. */
export const refsTo = (kind: RefKind, ids: string[], field: (string | number)[]): Ref[] =>
  ids.map((id, i) => ({ kind, id, path: [...field, i] }));
