// "Set/clear a ticket property" through the engine (SPEC §5). Professional.
import { PRIORITY_LABEL, type TPriority } from "@/lib/tickets/priorities";
import { defineActionType, type ActionNames } from "../define";
import type { TSetProperty } from "./schema";

const PROPERTY_LABEL: Record<TSetProperty["property"], string> = {
  status: "status",
  owner: "owner",
  priority: "priority",
  subject: "subject",
  description: "description",
  closeDate: "close date",
};

/** The value as the ticket record shows it: a priority's, status's or owner's name. */
function valueLabel({ property, value }: TSetProperty & { value: string }, names?: ActionNames): string {
  if (property === "priority") return PRIORITY_LABEL[value as TPriority] ?? value;
  if (property === "owner") return names?.users?.[value] ?? "a user";
  if (property === "status") return names?.statuses?.[value] ?? "a status";
  return value;
}

export const setProperty = defineActionType<TSetProperty>({
  type: "set_property",
  dbType: "SET_PROPERTY",
  label: "Set property",
  feature: "workflowActions",
  describe: (a, names) =>
    a.value === null
      ? `Clear ${PROPERTY_LABEL[a.property]}`
      : `Set ${PROPERTY_LABEL[a.property]} to ${valueLabel({ ...a, value: a.value }, names)}`,
  refs: (a) =>
    a.value !== null && (a.property === "owner" || a.property === "status")
      ? [{ kind: a.property === "owner" ? "user" : "status", id: a.value, path: ["value"] }]
      : [],
});
