// The Automate tab's inputs (SPEC §3, §4, §7), shared by the forms and the server actions (no server
// imports). Every automation save carries the PipelineAutomation version the client read (0: no row yet).
import { z } from "zod";
import { EMAIL_TRIGGERS } from "./email-triggers";

export { EMAIL_TRIGGERS, EMAIL_TRIGGER_LABEL, type EmailTriggerKey } from "./email-triggers";

const ZId = z.string().min(1).max(100);
const ZExpectedVersion = z.number().int().min(0);

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
