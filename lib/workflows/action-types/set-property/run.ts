// "Set/clear a ticket property" (SPEC §5), one setter per property, each through the engine: a
// status set here moves the ticket as any move does (close date, time to close, enrolment one
// level deeper); owner, priority, name, description and close date are property changes. All
// are loop-guarded and on the timeline with the workflow's name.
import "server-only";
import { isCalendarDate, type Priority, type PropertyChange } from "@/lib/automation";
import type { Sql } from "@/lib/db/sql";
import {
  skipped,
  type ActionHandler,
  type ActionOf,
  type PreparedStep,
  type StepContext,
} from "@/lib/workflows/run/step-context";
import { changeTicketInStep } from "@/lib/workflows/run/ticket-change";

type Property = ActionOf<"set_property">["property"];
type Setter = (value: string | null, step: StepContext) => PreparedStep | Promise<PreparedStep>;

const PRIORITIES: readonly Priority[] = ["LOW", "MEDIUM", "HIGH", "URGENT"];

const inTransaction = (commit: (tx: Sql) => ReturnType<PreparedStep["commit"]>): PreparedStep => ({ commit });

const changeProperty = (step: StepContext, change: PropertyChange, done: string): PreparedStep =>
  inTransaction((tx) => changeTicketInStep(tx, step, { kind: "property_change", change }, done));

const SETTERS: Record<Property, Setter> = {
  status: (value, step) => {
    const status = step.state.ticket.statuses.find((s) => s.id === value);
    if (!status)
      return skipped(`Skipped: status ${value ?? "(none)"} is not in the ticket's pipeline.`, {
        reason: "unknown_status",
      });
    return inTransaction((tx) =>
      changeTicketInStep(
        tx,
        step,
        { kind: "status_change", toStatusId: status.id },
        `Moved the ticket to "${status.label}".`,
      ),
    );
  },
  owner: async (value, step) => {
    if (value === null) return changeProperty(step, { property: "ownerId", value }, "Cleared the ticket's owner.");
    const user = await step.jobs.db.user.findUnique({ where: { id: value }, select: { active: true, name: true } });
    if (!user?.active) return skipped(`Skipped: user ${value} is not an active user.`, { reason: "inactive_user" });
    return changeProperty(step, { property: "ownerId", value }, `Set the ticket's owner to ${user.name}.`);
  },
  priority: (value, step) => {
    const priority = PRIORITIES.find((p) => p === value?.toUpperCase());
    if (!priority)
      return skipped(`Skipped: "${value ?? "(none)"}" is not a priority (the priority cannot be cleared).`, {
        reason: "invalid_value",
      });
    return changeProperty(
      step,
      { property: "priority", value: priority },
      `Set the ticket's priority to ${priority.toLowerCase()}.`,
    );
  },
  subject: (value, step) => {
    const subject = value?.trim();
    if (!subject) return skipped("Skipped: a ticket's name cannot be empty.", { reason: "invalid_value" });
    return changeProperty(step, { property: "subject", value: subject }, `Set the ticket's name to "${subject}".`);
  },
  description: (value, step) =>
    changeProperty(
      step,
      { property: "description", value: value ?? "" },
      value ? "Set the ticket's description." : "Cleared the ticket's description.",
    ),
  closeDate: (value, step) => {
    if (value !== null && !isCalendarDate(value))
      return skipped(`Skipped: "${value}" is not a date (YYYY-MM-DD).`, { reason: "invalid_value" });
    return changeProperty(
      step,
      { property: "closeDate", value },
      value ? `Set the ticket's close date to ${value}.` : "Cleared the ticket's close date.",
    );
  },
};

export const setProperty: ActionHandler<"set_property"> = async (action, step) =>
  SETTERS[action.property](action.value, step);
