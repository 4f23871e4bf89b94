// How a History row reads: what changed and its values before → after, in the product's words.
// Free of server imports (the drawer renders it); ids are named through `names` (id → label).
import { PLAN_LABEL, type PlanTier } from "@/lib/account/plan";
import { EMAIL_TRIGGER_LABEL } from "@/lib/pipelines/schemas";
import { ACTION_TYPE_TO_DB, type TAction } from "@/lib/workflows/action-config";
import { describeAction } from "@/lib/workflows/describe-action";

export type Names = Record<string, string>;

interface ChangeLike {
  entityType: string;
  entityId: string;
  field: string;
  before: unknown;
  after: unknown;
}

const TRIGGER_FIELDS = Object.fromEntries(
  Object.entries(EMAIL_TRIGGER_LABEL).flatMap(([key, label]) => [[`${key}.enabled`, label], [`${key}.statusId`, `${label}: status`]]),
);

/** Fields named in the words of the screen that changes them, per kind of thing changed. */
const FIELD_LABEL: Record<string, Record<string, string>> = {
  pipeline_automation: { closeDateAutomation: "Set the close date to today when moving the ticket to a closed status", ...TRIGGER_FIELDS },
  channel: { createsTickets: "Create tickets", pipelineId: "Pipeline", statusId: "Ticket status", ownerId: "Ticket owner" },
  account: { name: "Account name", timeZone: "Time zone", planTier: "Plan" },
};

const ENTITY_LABEL: Record<string, string> = { pipeline: "Pipeline", pipeline_status: "Status", email_template: "Email template" };

export function describeField(change: ChangeLike, names: Names): string {
  const name = names[change.entityId];
  if (change.entityType === "status_actions") return name ? `Actions when a ticket reaches "${name}"` : "Status actions";
  const known = FIELD_LABEL[change.entityType]?.[change.field];
  if (known) return known;
  const entity = ENTITY_LABEL[change.entityType] ?? change.entityType;
  return `${entity}${name ? ` "${name}"` : ""}: ${change.field.replace(/([A-Z])/g, " $1").toLowerCase()}`;
}

export function describeValue(value: unknown, names: Names): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "On" : "Off";
  if (typeof value === "string") return names[value] ?? PLAN_LABEL[value as PlanTier] ?? value;
  if (Array.isArray(value) && value.every(isAction)) {
    return value.length === 0 ? "No actions" : value.map((a) => describeAction(ACTION_TYPE_TO_DB[a.type], a)).join(" → ");
  }
  if (Array.isArray(value)) return value.map((v) => describeValue(v, names)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value).map(([key, v]) => `${key}: ${describeValue(v, names)}`).join(", ");
  }
  return String(value);
}

function isAction(value: unknown): value is TAction {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === "string" && type in ACTION_TYPE_TO_DB;
}
