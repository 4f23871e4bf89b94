// How a History row reads: what changed and its values before → after, in the product's words.
// Free of server imports (the drawer renders it); ids are named through `names` (id → label).
import { PLAN_LABEL, type PlanTier } from "@/lib/account/plan";
import { EMAIL_TRIGGER_LABEL } from "@/lib/automate/schemas";
import { describeWeek, isWeek } from "@/lib/business-hours/describe-week";
import { ACTION_TYPE_TO_DB, type TAction } from "@/lib/workflows/action-types/registry";
import { describeAction } from "@/lib/workflows/action-types/registry";
import {
  describeFilter,
  describeFilterGroups,
  isEnrollmentFilter,
  isEnrollmentFilterGroups,
} from "@/lib/workflows/describe-filter";
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";

export type Names = Record<string, string>;

interface ChangeLike {
  entityType: string;
  entityId: string;
  field: string;
  before: unknown;
  after: unknown;
}

const TRIGGER_FIELDS = Object.fromEntries(
  Object.entries(EMAIL_TRIGGER_LABEL).flatMap(([key, label]) => [
    [`${key}.enabled`, label],
    [`${key}.statusId`, `${label}: status`],
  ]),
);

/** Fields named in the words of the screen that changes them, per kind of thing changed. */
const FIELD_LABEL: Record<string, Record<string, string>> = {
  pipeline_automation: {
    closeDateAutomation: "Set the close date to today when moving the ticket to a closed status",
    reopenWindowDays: "Reopen window: days after closing when a reply opens a follow-up ticket instead",
    ...TRIGGER_FIELDS,
  },
  pipelineSla: {
    "sla.firstReply": "SLA: first reply target",
    "sla.close": "SLA: time to close target",
    "sla.businessHours": "SLA: counted in business hours",
  },
  channel: {
    createsTickets: "Create tickets",
    pipelineId: "Pipeline",
    statusId: "Ticket status",
    ownerId: "Ticket owner",
  },
  account: {
    name: "Account name",
    timeZone: "Time zone",
    planTier: "Plan",
    automatedEmailsPerContactHour: "Automated emails per contact per hour",
    transactionalEmailAddon: "Transactional email add-on",
  },
  contact: { name: "Name", marketingContact: "Marketing contact" },
  action_comment: { body: "Comment on an action" },
  pipelineRules: {
    "rules.createStatusIds": "Rules: limit the statuses a ticket can be created in",
    "rules.preventSkipping": "Rules: prevent skipping statuses",
    "rules.preventBackward": "Rules: prevent moving backward",
  },
  businessHours: {
    timeZone: "Business hours: time zone",
    week: "Business hours: opening hours",
    holidays: "Business hours: holidays",
  },
  // The workflow editor's Settings tab (a status's chain or any other workflow).
  workflow: {
    name: "name",
    description: "description",
    enabled: "workflow is on",
    trigger: "enroll tickets when",
    statusId: "enrollment status",
    enrollmentFilters: "enrollment filters",
    enrollmentFilterGroups: "enrollment criteria",
    reenrollment: "re-enrollment",
    unenrollOnLeave: "unenroll when the ticket leaves the status",
    timeZone: "time zone of delays",
    actions: "actions",
    restoredVersion: "restored an earlier version",
    webhookSecret: "webhook signing secret",
  },
};

const ENTITY_LABEL: Record<string, string> = {
  pipeline: "Pipeline",
  pipeline_status: "Status",
  email_template: "Email template",
  user: "User",
  team: "Team",
  channel_mailbox: "Mailbox",
};

export function describeField(change: ChangeLike, names: Names): string {
  const name = names[change.entityId];
  if (change.entityType === "status_actions") {
    const chain = name ? `Actions when a ticket reaches "${name}"` : "Status actions";
    return change.field === "actions" ? chain : `${chain}: ${FIELD_LABEL.workflow![change.field] ?? change.field}`;
  }
  if (change.entityType === "workflow")
    return `Workflow${name ? ` "${name}"` : ""}: ${FIELD_LABEL.workflow![change.field] ?? change.field}`;
  const known = FIELD_LABEL[change.entityType]?.[change.field];
  if (known) return known;
  const entity = ENTITY_LABEL[change.entityType] ?? change.entityType;
  return `${entity}${name ? ` "${name}"` : ""}: ${change.field.replace(/([A-Z])/g, " $1").toLowerCase()}`;
}

/** `timeZone`: the account's, for the times inside a value (a delay's date); absent, UTC. */
export function describeValue(value: unknown, names: Names, timeZone?: string): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "On" : "Off";
  if (typeof value === "string")
    return names[value] ?? PLAN_LABEL[value as PlanTier] ?? TRIGGER_LABEL[value as keyof typeof TRIGGER_LABEL] ?? value;
  if (isWeek(value)) return describeWeek(value);
  if (Array.isArray(value) && value.every(isAction)) {
    if (value.length === 0) return "No actions";
    // Actions of a branch path (workflow editor) carry the path they sit in.
    return value
      .map(
        (a) =>
          `${a.path ? `[${a.path}] ` : ""}${describeAction(ACTION_TYPE_TO_DB[a.type], a, asActionNames(names, timeZone))}`,
      )
      .join(" → ");
  }
  if (isEnrollmentFilterGroups(value)) return describeFilterGroups(value, (id) => names[id]);
  if (Array.isArray(value) && value.length > 0 && value.every(isEnrollmentFilter)) {
    return value.map((f) => describeFilter(f, (id) => names[id])).join(" and ");
  }
  if (Array.isArray(value)) return value.map((v) => describeValue(v, names, timeZone)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([key, v]) => `${key}: ${describeValue(v, names, timeZone)}`)
      .join(", ");
  }
  return String(value);
}

/** How a change reads: a value set where there was none, one removed, or before → after. */
export function describeChangeValues(
  change: Pick<ChangeLike, "before" | "after">,
  names: Names,
  timeZone?: string,
): { kind: "set" | "cleared" | "changed"; before: string; after: string } {
  const empty = (value: unknown) => value === null || value === undefined || value === "";
  const before = describeValue(change.before, names, timeZone);
  const after = describeValue(change.after, names, timeZone);
  if (empty(change.before)) return { kind: "set", before, after };
  if (empty(change.after)) return { kind: "cleared", before, after };
  return { kind: "changed", before, after };
}

// Ids are unique across kinds, so one id → name table names users, teams, statuses and emails.
const asActionNames = (names: Names, timeZone?: string) => ({
  templates: names,
  users: names,
  teams: names,
  statuses: names,
  timeZone,
});

function isAction(value: unknown): value is TAction & { path?: string } {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === "string" && type in ACTION_TYPE_TO_DB;
}
