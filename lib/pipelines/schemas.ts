// Pipeline inputs, shared by the forms and the server actions (no server imports): the Automate
// tab's settings (SPEC §3, §4) and, below, the pipelines and statuses themselves (SPEC §1).
// Every automation save carries the PipelineAutomation version the client read (0: no row yet).
import { z } from "zod";

const ZId = z.string().min(1).max(100);
export const ZExpectedVersion = z.number().int().min(0);

export const EMAIL_TRIGGERS = ["emailSentTrigger", "customerReplyTrigger"] as const;
export type EmailTriggerKey = (typeof EMAIL_TRIGGERS)[number];

export const EMAIL_TRIGGER_LABEL: Record<EmailTriggerKey, string> = {
  emailSentTrigger: "An email is sent to a customer",
  customerReplyTrigger: "A customer replies to an email",
};

export const ZSetCloseDateAutomation = z.object({
  pipelineId: ZId,
  expectedVersion: ZExpectedVersion,
  enabled: z.boolean(),
});
export type TSetCloseDateAutomation = z.infer<typeof ZSetCloseDateAutomation>;

/** One §4 row: its checkbox and target status. A trigger that is on needs a status to move to. */
export const ZStatusTrigger = z
  .object({ enabled: z.boolean(), statusId: ZId.nullable() })
  .refine((t) => !t.enabled || t.statusId !== null, {
    message: "Choose the status to move the ticket to",
    path: ["statusId"],
  });

export const ZSetEmailTrigger = z.object({
  pipelineId: ZId,
  expectedVersion: ZExpectedVersion,
  trigger: z.enum(EMAIL_TRIGGERS),
  setting: ZStatusTrigger,
});
export type TSetEmailTrigger = z.infer<typeof ZSetEmailTrigger>;

export const ZPipelineRef = z.object({ pipelineId: ZId });
export type TPipelineRef = z.infer<typeof ZPipelineRef>;

export const ZImportAutomation = z.object({
  pipelineId: ZId,
  /** The parsed JSON file; validated against the automation document schema on the server. */
  document: z.unknown(),
});
export type TImportAutomation = z.infer<typeof ZImportAutomation>;

// ───────────── pipelines and statuses (SPEC §1) ─────────────

export const NAME_MAX = 100;
export const TICKET_STATES = ["OPEN", "CLOSED"] as const;
export type TicketStateName = (typeof TICKET_STATES)[number];
export const TICKET_STATE_LABEL: Record<TicketStateName, string> = { OPEN: "Open", CLOSED: "Closed" };

export const ZPipelineName = z
  .string()
  .trim()
  .min(1, "Enter a pipeline name")
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters`);
export const ZStatusLabel = z
  .string()
  .trim()
  .min(1, "Enter a status name")
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters`);
const ZTicketState = z.enum(TICKET_STATES, "Choose Open or Closed");
/** Where a deleted status's (or pipeline's) tickets go; required only when something uses it. */
const ZMoveTo = ZId.optional();

export const ZCreatePipeline = z.object({ name: ZPipelineName });
export type TCreatePipeline = z.infer<typeof ZCreatePipeline>;

export const ZRenamePipeline = z.object({ pipelineId: ZId, name: ZPipelineName });
export type TRenamePipeline = z.infer<typeof ZRenamePipeline>;

export const ZDeletePipeline = z.object({ pipelineId: ZId, moveToStatusId: ZMoveTo });
export type TDeletePipeline = z.infer<typeof ZDeletePipeline>;

export const ZAddStatus = z.object({ pipelineId: ZId, label: ZStatusLabel, state: ZTicketState });
export type TAddStatus = z.infer<typeof ZAddStatus>;

export const ZRenameStatus = z.object({ statusId: ZId, label: ZStatusLabel });
export type TRenameStatus = z.infer<typeof ZRenameStatus>;

export const ZSetStatusState = z.object({ statusId: ZId, state: ZTicketState });
export type TSetStatusState = z.infer<typeof ZSetStatusState>;

export const ZDeleteStatus = z.object({ statusId: ZId, moveToStatusId: ZMoveTo });
export type TDeleteStatus = z.infer<typeof ZDeleteStatus>;

/** The new order, and the order the client read (optimistic concurrency: two admins reordering). */
export const ZReorderStatuses = z
  .object({ pipelineId: ZId, expectedOrder: z.array(ZId).min(1), order: z.array(ZId).min(1) })
  .refine((r) => new Set(r.order).size === r.order.length, { message: "A status appears twice", path: ["order"] });
export type TReorderStatuses = z.infer<typeof ZReorderStatuses>;
