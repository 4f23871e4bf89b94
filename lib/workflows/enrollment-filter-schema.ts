// Workflow enrollment filter groups (SPEC §5: OR of groups, each an AND of filters) as stored in
// Workflow.enrollmentFilterGroups (JSON) and sent by the editor, the automation document and the API.
// Free of server imports: the workflow editor's form and the data layer parse with these schemas.
import { z } from "zod";
import { Priority, TicketSource } from "@/generated/prisma/enums";
import type { EnrollmentFilter, EnrollmentFilterGroup, FilterProperty } from "@/lib/automation";

export const FILTER_PROPERTIES = ["source", "priority", "ownerId"] as const satisfies readonly FilterProperty[];
const ZProperty = z.enum(FILTER_PROPERTIES);

export const FILTER_OPERATORS = ["is", "is_not", "is_any_of", "is_none_of", "is_known", "is_unknown"] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];
export const ONE_VALUE: readonly FilterOperator[] = ["is", "is_not"];
export const MANY_VALUES: readonly FilterOperator[] = ["is_any_of", "is_none_of"];

/** The values a property can take; null = ids (owners), checked against the database on the server. */
export const FILTER_VALUES: Record<FilterProperty, readonly string[] | null> = {
  source: Object.values(TicketSource),
  priority: Object.values(Priority),
  ownerId: null,
};

export const ZEnrollmentFilter = z.union([
  z.object({ property: ZProperty, operator: z.enum(["is", "is_not"]), value: z.string() }),
  z.object({ property: ZProperty, operator: z.enum(["is_any_of", "is_none_of"]), value: z.array(z.string()) }),
  z.object({ property: ZProperty, operator: z.enum(["is_known", "is_unknown"]), value: z.null().optional() }),
]) satisfies z.ZodType<EnrollmentFilter>;

export const ZEnrollmentFilterGroups = z.array(z.array(ZEnrollmentFilter));

/**
 * One filter as the editor's form or the automation document sends it: the operator decides the
 * value's shape, and the property which values are allowed. Issues carry the value's path
 * (…, "value"[, index]). Checked only: `toStoredFilter` gives the engine's shape.
 */
export const ZEnrollmentFilterFields = z
  .object({
    property: ZProperty,
    operator: z.enum(FILTER_OPERATORS),
    value: z.union([z.string(), z.array(z.string()).readonly(), z.null()]).optional(),
  })
  .superRefine(({ property, operator, value }, ctx) => {
    const allowed = FILTER_VALUES[property];
    const check = (v: string, path: (string | number)[]) => {
      if (v.trim() === "") ctx.addIssue({ code: "custom", path, message: "Choose a value" });
      else if (v.length > 100 || (allowed && !allowed.includes(v)))
        ctx.addIssue({ code: "custom", path, message: "Choose one of the listed values" });
    };
    if (ONE_VALUE.includes(operator)) {
      if (typeof value === "string") check(value, ["value"]);
      else ctx.addIssue({ code: "custom", path: ["value"], message: "Choose a value" });
    } else if (MANY_VALUES.includes(operator)) {
      if (!Array.isArray(value) || value.length === 0)
        ctx.addIssue({ code: "custom", path: ["value"], message: "Choose at least one value" });
      else value.forEach((v, i) => check(v, ["value", i]));
    }
  });

/** The editor form's filter: checked, then in the engine's shape. */
export const ZEnrollmentFilterInput = ZEnrollmentFilterFields.transform(toStoredFilter);

/** The engine's shape: a value only where the operator takes one (once the checks above passed). */
export function toStoredFilter({
  property,
  operator,
  value,
}: {
  property: FilterProperty;
  operator: FilterOperator;
  value?: string | readonly string[] | null;
}): EnrollmentFilter {
  if (operator === "is" || operator === "is_not") return { property, operator, value: String(value ?? "") };
  if (operator === "is_any_of" || operator === "is_none_of")
    return { property, operator, value: Array.isArray(value) ? value : [] };
  return { property, operator, value: null };
}

export const MAX_FILTER_GROUPS = 10;
export const MAX_FILTERS_PER_GROUP = 20;

/** Groups of `filter`: each with at least one filter (an empty group is removed in the editor, not saved). */
const groupsOf = <F extends z.ZodType>(filter: F) =>
  z
    .array(
      z
        .array(filter)
        .min(1, "Add a filter to this group or remove the group")
        .max(MAX_FILTERS_PER_GROUP, `At most ${MAX_FILTERS_PER_GROUP} filters in a group`),
    )
    .max(MAX_FILTER_GROUPS, `At most ${MAX_FILTER_GROUPS} filter groups`);

/** The groups as the editor sends them; none at all means every ticket the trigger brings enrols. */
export const ZEnrollmentFilterGroupsInput = groupsOf(ZEnrollmentFilterInput);

/** The same rules without the transform (the automation document is also a response schema). */
export const ZEnrollmentFilterGroupsFields = groupsOf(ZEnrollmentFilterFields);

export const toStoredGroups = (groups: z.infer<typeof ZEnrollmentFilterGroupsFields>): EnrollmentFilterGroup[] =>
  groups.map((group) => group.map(toStoredFilter));

/** A filter no ticket matches: stored groups that no longer parse enrol nobody, rather than everybody. */
const MATCHES_NOTHING: EnrollmentFilter = { property: "source", operator: "is_any_of", value: [] };

export function parseEnrollmentFilterGroups(stored: unknown): EnrollmentFilterGroup[] {
  const parsed = ZEnrollmentFilterGroups.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [[MATCHES_NOTHING]];
}
