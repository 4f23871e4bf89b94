// A one-line, human description of an action bubble ("Send email: Ticket closed").
import type { ActionType } from "@/generated/prisma/enums";

const TEMPLATE_NAMES: Record<string, string> = { ticket_received: "Ticket received", ticket_closed: "Ticket closed" };

type Config = Record<string, unknown>;
const text = (value: unknown) => (typeof value === "string" ? value : "");

const DESCRIBE: Record<ActionType, (config: Config) => string> = {
  SEND_EMAIL: (c) => `Send email: ${TEMPLATE_NAMES[text(c.template)] ?? "Custom automated email"}`,
  SEND_INTERNAL_EMAIL: (c) => `Send internal email notification: ${text(c.subject)}`,
  DELAY: (c) =>
    typeof c.minutes === "number"
      ? `Delay for ${formatMinutes(c.minutes)}`
      : c.until
        ? `Delay until ${text(c.until)}`
        : `Delay until ${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][Number(c.untilWeekday)] ?? "?"} ${text(c.atTime)}`,
  BRANCH: (c) => {
    const count = Array.isArray(c.branches) ? c.branches.length : 0;
    return `If/then branch (${count} branch${count === 1 ? "" : "es"})`;
  },
  SET_PROPERTY: (c) => (c.value === null ? `Clear ${text(c.property)}` : `Set ${text(c.property)} to ${text(c.value)}`),
  CREATE_TASK: (c) => `Create task: ${text(c.title)}`,
  ASSIGN_OWNER: (c) => (c.rotateAmongTeamId ? "Rotate owner among a team" : "Assign owner"),
  WEBHOOK: (c) => `Send webhook to ${text(c.url)}`,
};

export function describeAction(type: ActionType, config: unknown): string {
  return DESCRIBE[type]((config ?? {}) as Config);
}

function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
