// Inputs of the workflow editor (issue 6), shared by its forms and the server. Every change
// carries the workflow version the client read; a stale one is refused (CONFLICT).
import { z } from "zod";
import { ZTimeZoneOrAccount } from "@/lib/account/time-zone";
import { ZAction } from "@/lib/workflows/action-types/registry";
import { ZEnrollmentFilterGroupsInput } from "../enrollment-filter-schema";
import { SLA_TARGETS, WAIT_UNITS } from "../time-trigger-schema";

const ZId = z.string().min(1).max(100);
const ZVersion = z.number().int().min(0);

export const EDITABLE_TRIGGERS = [
  "STATUS_ENTERED",
  "EMAIL_SENT_FROM_TICKET",
  "CUSTOMER_REPLY",
  "TICKET_CREATED",
  "STATUS_DURATION",
  "SLA_DUE_SOON",
  "SLA_OVERDUE",
] as const;

/** "Ticket has been in the status for" an amount of a unit (SPEC §9), stored as an ISO 8601 duration. */
export const ZWait = z.object({
  amount: z.coerce.number<unknown>().int("Use a whole number").min(1, "Wait at least 1").max(527_040, "Too long"),
  unit: z.enum(WAIT_UNITS),
});

export const ZWorkflowSettings = z.object({
  workflowId: ZId,
  expectedVersion: ZVersion,
  name: z.string().trim().min(1, "Name the workflow").max(200),
  description: z.string().trim().max(2000),
  enabled: z.boolean(),
  /** "" = the account's time zone. */
  timeZone: ZTimeZoneOrAccount,
  unenrollOnLeave: z.boolean(),
  reenrollment: z.boolean(),
  trigger: z.enum(EDITABLE_TRIGGERS),
  /** STATUS_ENTERED and STATUS_DURATION: the status. */
  statusId: ZId.nullable(),
  /** STATUS_DURATION: how long, and whether counted in the account's business hours. */
  wait: ZWait.optional(),
  businessHours: z.boolean().optional(),
  /** SLA_DUE_SOON / SLA_OVERDUE: which target. */
  slaTarget: z.enum(SLA_TARGETS).optional(),
  enrollmentFilterGroups: ZEnrollmentFilterGroupsInput,
});
export type TWorkflowSettings = z.infer<typeof ZWorkflowSettings>;

/** Where a bubble sits: the top-level chain (parent null) or one path of a branch. */
const ZSlot = { parentActionId: ZId.nullable(), branchKey: z.string().min(1).max(100).nullable() };

export const ZAddWorkflowAction = z.object({
  workflowId: ZId,
  expectedVersion: ZVersion,
  ...ZSlot,
  index: z.number().int().min(0),
  action: ZAction,
});
export type TAddWorkflowAction = z.infer<typeof ZAddWorkflowAction>;

export const ZUpdateWorkflowAction = z.object({
  workflowId: ZId,
  expectedVersion: ZVersion,
  actionId: ZId,
  action: ZAction,
});
export type TUpdateWorkflowAction = z.infer<typeof ZUpdateWorkflowAction>;

export const ZDeleteWorkflowAction = z.object({
  workflowId: ZId,
  expectedVersion: ZVersion,
  actionId: ZId,
  mode: z.enum(["only", "following"]),
  /** Deleting only a branch: the path whose actions take its place (null: drop every path). */
  keepBranchKey: z.string().min(1).max(100).nullable().optional(),
});
export type TDeleteWorkflowAction = z.infer<typeof ZDeleteWorkflowAction>;

/** Undo of a deletion: the version the deletion left the workflow at (anything later is refused). */
export const ZUndoDelete = z.object({ workflowId: ZId, expectedVersion: ZVersion.min(1) });
export type TUndoDelete = z.infer<typeof ZUndoDelete>;

export const ZRestoreRevision = z.object({ workflowId: ZId, expectedVersion: ZVersion, revisionId: ZId });
export type TRestoreRevision = z.infer<typeof ZRestoreRevision>;

export const ZUnenrollTicket = z.object({ enrollmentId: ZId });
export type TUnenrollTicket = z.infer<typeof ZUnenrollTicket>;

export const ZCreateWorkflow = z.object({
  name: z.string().trim().min(1, "Name the workflow").max(200),
  pipelineId: ZId,
  statusId: ZId,
});
export type TCreateWorkflow = z.infer<typeof ZCreateWorkflow>;

export const ZWorkflowRef = z.object({ workflowId: ZId });
export const ZRevisionRef = z.object({ revisionId: ZId });
