// The typed configuration of each status/workflow action (SPEC §5), as it appears in the
// automation document (DESIGN.md) and in WorkflowAction.config. Free of server imports:
// react-hook-form and the server parse with the same schemas.
import { z } from "zod";
import { checkTemplateText } from "@/lib/templates/check-template";

export const BUILT_IN_TEMPLATE_KEYS = ["ticket_received", "ticket_closed"] as const;

const ZId = z.string().min(1).max(100);
const ZTicketProperty = z.enum(["status", "owner", "priority", "subject", "description", "closeDate"]);

export const ZSendEmail = z.object({
  type: z.literal("send_email"),
  /** A built-in template key, or the id of a custom automated email. */
  template: z.string().min(1, "Choose an email").max(100),
});

export const ZSendInternalEmail = z.object({
  type: z.literal("send_internal_email"),
  to: z
    .object({
      userIds: z.array(ZId).max(100).default([]),
      teamIds: z.array(ZId).max(100).default([]),
      owner: z.boolean().default(false),
    })
    .refine((to) => to.owner || to.userIds.length > 0 || to.teamIds.length > 0, {
      message: "Choose at least one recipient",
    }),
  subject: z.string().trim().min(1, "Subject is required").max(200).superRefine(checkTemplateText),
  body: z.string().trim().min(1, "Body is required").max(10_000).superRefine(checkTemplateText),
});

export const ZDelay = z.union([
  z.object({
    type: z.literal("delay"),
    minutes: z
      .number("Enter a duration")
      .int()
      .min(1, "At least 1 minute")
      .max(60 * 24 * 365, "At most a year"),
  }),
  z.object({ type: z.literal("delay"), until: z.iso.datetime({ offset: true, message: "Choose a date and time" }) }),
  z.object({
    type: z.literal("delay"),
    untilWeekday: z.number("Choose a day").int().min(0).max(6),
    atTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM"),
  }),
]);

export const ZCondition = z.object({
  property: z.enum(["priority", "source", "ownerId", "statusId", "subject", "contactId"]),
  operator: z.enum(["is", "is_not", "contains", "is_known", "is_unknown"]),
  value: z.string().max(500).optional(),
});

export const ZBranch = z.object({
  type: z.literal("branch"),
  branches: z
    .array(
      z.object({
        key: ZId,
        label: z.string().trim().min(1, "Name this branch").max(100),
        conditions: z.array(ZCondition).min(1, "Add at least one condition").max(20),
      }),
    )
    .min(1, "Add at least one branch")
    .max(10),
});

export const ZSetProperty = z.object({
  type: z.literal("set_property"),
  property: ZTicketProperty,
  /** null clears the property. */
  value: z.string().max(1000).nullable(),
});

export const ZCreateTask = z.object({
  type: z.literal("create_task"),
  title: z.string().trim().min(1, "Title is required").max(200).superRefine(checkTemplateText),
  notes: z.string().max(5000).superRefine(checkTemplateText).default(""),
  assignTo: z.union([z.literal("owner"), z.object({ userId: ZId })]).default("owner"),
  dueInMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 365, "At most a year")
    .optional(),
});

export const ZAssignOwner = z.union([
  z.object({ type: z.literal("assign_owner"), userId: z.string().min(1, "Choose a user").max(100) }),
  z.object({ type: z.literal("assign_owner"), rotateAmongTeamId: z.string().min(1, "Choose a team").max(100) }),
]);

export const ZWebhook = z.object({
  type: z.literal("webhook"),
  url: z.url({ protocol: /^https?$/, message: "Enter an http:// or https:// URL" }),
  method: z.enum(["POST", "PUT"]).default("POST"),
});

export const ZAction = z.union([
  ZSendEmail,
  ZSendInternalEmail,
  ZDelay,
  ZBranch,
  ZSetProperty,
  ZCreateTask,
  ZAssignOwner,
  ZWebhook,
]);
export type TAction = z.infer<typeof ZAction>;
export type TActionType = TAction["type"];

/** The database enum name of each action type. */
export const ACTION_TYPE_TO_DB = {
  send_internal_email: "SEND_INTERNAL_EMAIL",
  send_email: "SEND_EMAIL",
  delay: "DELAY",
  branch: "BRANCH",
  set_property: "SET_PROPERTY",
  create_task: "CREATE_TASK",
  assign_owner: "ASSIGN_OWNER",
  webhook: "WEBHOOK",
} as const satisfies Record<TActionType, string>;

/** Email and notification need Starter; everything else Professional (SPEC §6). */
export const PROFESSIONAL_ACTION_TYPES: readonly TActionType[] = [
  "delay",
  "branch",
  "set_property",
  "create_task",
  "assign_owner",
  "webhook",
];
