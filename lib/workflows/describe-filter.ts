// Enrollment filters and filter groups in words ("Source is any of Chat, Facebook Messenger"; groups
// joined by "or"), for History and the editor.
import type { EnrollmentFilter } from "@/lib/automation";

export const FILTER_PROPERTY_LABEL: Record<EnrollmentFilter["property"], string> = {
  source: "Source",
  priority: "Priority",
  ownerId: "Ticket owner",
};

export const FILTER_OPERATOR_LABEL: Record<EnrollmentFilter["operator"], string> = {
  is: "is",
  is_not: "is not",
  is_any_of: "is any of",
  is_none_of: "is none of",
  is_known: "is known",
  is_unknown: "is unknown",
};

/** A source or priority value as the screens name it ("MESSENGER" → "Facebook Messenger"). */
const SPECIAL: Record<string, string> = { MESSENGER: "Facebook Messenger", WHATSAPP: "WhatsApp", API: "API" };
export const valueLabel = (v: string) => SPECIAL[v] ?? v.charAt(0) + v.slice(1).toLowerCase();

/** `nameOf` names an owner id. */
export function describeFilter(filter: EnrollmentFilter, nameOf: (id: string) => string | undefined): string {
  const word = (v: string) => (filter.property === "ownerId" ? (nameOf(v) ?? "a user") : valueLabel(v));
  const values =
    typeof filter.value === "string"
      ? word(filter.value)
      : Array.isArray(filter.value)
        ? filter.value.map(word).join(", ")
        : "";
  return [FILTER_PROPERTY_LABEL[filter.property], FILTER_OPERATOR_LABEL[filter.operator], values]
    .filter(Boolean)
    .join(" ");
}

export function isEnrollmentFilter(value: unknown): value is EnrollmentFilter {
  if (typeof value !== "object" || value === null) return false;
  const { property, operator } = value as { property?: unknown; operator?: unknown };
  return (
    typeof property === "string" &&
    property in FILTER_PROPERTY_LABEL &&
    typeof operator === "string" &&
    operator in FILTER_OPERATOR_LABEL
  );
}

/** Groups in words: each group's filters joined by "and", the groups by "or" (parenthesised when both occur). */
export function describeFilterGroups(
  groups: readonly (readonly EnrollmentFilter[])[],
  nameOf: (id: string) => string | undefined,
): string {
  if (groups.length === 0) return "every ticket";
  const texts = groups.map((group) =>
    group.length === 0 ? "every ticket" : group.map((f) => describeFilter(f, nameOf)).join(" and "),
  );
  if (texts.length === 1) return texts[0]!;
  return texts.map((t, i) => (groups[i]!.length > 1 ? `(${t})` : t)).join(" or ");
}

export function isEnrollmentFilterGroups(value: unknown): value is EnrollmentFilter[][] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((group) => Array.isArray(group) && group.every(isEnrollmentFilter))
  );
}
