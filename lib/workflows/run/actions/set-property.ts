// "Set/clear a ticket property" (SPEC §5), one setter per property: status, owner and priority
// through the engine (a status set here moves the ticket as any move does: close date, time to
// close, enrolment one level deeper, the loop guard); name, description and close date directly.
import "server-only";
import type { Priority } from "@/lib/automation";
import type { Sql } from "@/lib/db/sql";
import { isCalendarDate } from "@/lib/automation";
import { setPlainProperty } from "../plain-property";
import { skipped, type ActionHandler, type ActionOf, type ActionPlan, type StepContext } from "../step-context";
import { changeTicketInStep } from "../ticket-change";

type Property = ActionOf<"set_property">["property"];
type Setter = (value: string | null, step: StepContext) => ActionPlan | Promise<ActionPlan>;

const PRIORITIES: readonly Priority[] = ["LOW", "MEDIUM", "HIGH", "URGENT"];

const inTransaction = (commit: (tx: Sql) => ReturnType<ActionPlan["commit"]>): ActionPlan => ({ commit });

const SETTERS: Record<Property, Setter> = {
  status: (value, step) => {
    const status = step.state.ticket.statuses.find((s) => s.id === value);
    if (!status) return skipped(`Skipped: status ${value ?? "(none)"} is not in the ticket's pipeline.`, { reason: "unknown_status" });
    return inTransaction((tx) => changeTicketInStep(tx, step, { kind: "status_change", toStatusId: status.id }, `Moved the ticket to "${status.label}".`));
  },
  owner: async (value, step) => {
    if (value !== null) {
      const user = await step.jobs.db.user.findUnique({ where: { id: value }, select: { active: true, name: true } });
      if (!user?.active) return skipped(`Skipped: user ${value} is not an active user.`, { reason: "inactive_user" });
    }
    return inTransaction((tx) => changeTicketInStep(tx, step, { kind: "property_change", change: { property: "ownerId", value } },
      value === null ? "Cleared the ticket's owner." : `Set the ticket's owner to ${value}.`));
  },
  priority: (value, step) => {
    const priority = PRIORITIES.find((p) => p === value?.toUpperCase());
    if (!priority) return skipped(`Skipped: "${value ?? "(none)"}" is not a priority (the priority cannot be cleared).`, { reason: "invalid_value" });
    return inTransaction((tx) => changeTicketInStep(tx, step, { kind: "property_change", change: { property: "priority", value: priority } },
      `Set the ticket's priority to ${priority.toLowerCase()}.`));
  },
  subject: (value, step) => {
    const subject = value?.trim();
    if (!subject) return skipped("Skipped: a ticket's name cannot be empty.", { reason: "invalid_value" });
    return inTransaction((tx) => setPlainProperty(tx, step, "subject", subject));
  },
  description: (value, step) => inTransaction((tx) => setPlainProperty(tx, step, "description", value ?? "")),
  closeDate: (value, step) => {
    if (value !== null && !isCalendarDate(value)) return skipped(`Skipped: "${value}" is not a date (YYYY-MM-DD).`, { reason: "invalid_value" });
    return inTransaction((tx) => setPlainProperty(tx, step, "closeDate", value));
  },
};

export const setProperty: ActionHandler<"set_property"> = async (action, step) => SETTERS[action.property](action.value, step);
