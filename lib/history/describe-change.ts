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

const FIELD_LABEL: Record<string, string> = {
  closeDateAutomation: "Set the close date to today when moving the ticket to a closed status",
  "emailSentTrigger.enabled": EMAIL_TRIGGER_LABEL.emailSentTrigger,
  "emailSentTrigger.statusId": `${EMAIL_TRIGGER_LABEL.emailSentTrigger}: status`,
  "customerReplyTrigger.enabled": EMAIL_TRIGGER_LABEL.customerReplyTrigger,
  "customerReplyTrigger.statusId": `${EMAIL_TRIGGER_LABEL.customerReplyTrigger}: status`,
  createsTickets: "Create tickets",
  pipelineId: "Pipeline",
  statusId: "Ticket status",
  ownerId: "Ticket owner",
  name: "Account name",
  timeZone: "Time zone",
  planTier: "Plan",
};

export function describeField(change: ChangeLike, names: Names): string {
  if (change.entityType === "status_actions") {
    const status = names[change.entityId];
    return status ? `Actions when a ticket reaches "${status}"` : "Status actions";
  }
  return FIELD_LABEL[change.field] ?? change.field;
}

export function describeValue(value: unknown, names: Names): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "On" : "Off";
  if (typeof value === "string") return names[value] ?? PLAN_LABEL[value as PlanTier] ?? value;
  if (Array.isArray(value) && value.every(isAction)) {
    return value.length === 0 ? "No actions" : value.map((a) => describeAction(ACTION_TYPE_TO_DB[a.type], a)).join(" → ");
  }
  return JSON.stringify(value);
}

function isAction(value: unknown): value is TAction {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === "string" && type in ACTION_TYPE_TO_DB;
}
