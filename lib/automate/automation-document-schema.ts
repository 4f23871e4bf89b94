// The automation document (DESIGN.md "GET /api/v1/pipelines/:id/automation"): a pipeline's whole
// automation as JSON, the export/import file and the API's GET/PUT body. Free of server imports.
import { z } from "zod";
import { ZAction } from "@/lib/workflows/action-types/registry";
import { ZStatusTrigger } from "@/lib/automate/schemas";
import { ZEnrollmentFilterGroupsFields } from "@/lib/workflows/enrollment-filter-schema";
import { ZSlaPolicy } from "@/lib/sla/sla-policy";
import { ZReopenWindowDays } from "./reopen-window-schema";
import { ZPipelineRules } from "@/lib/pipeline-reads/rules-schemas";

export const ZAutomationDocument = z.strictObject({
  pipelineId: z.string().min(1).max(100),
  /** The version read; a write with an older one is refused (CONFLICT). */
  version: z.number().int().min(0),
  closeDateAutomation: z.boolean(),
  emailSentTrigger: ZStatusTrigger,
  customerReplyTrigger: ZStatusTrigger,
  /** SPEC §9; left out (a document exported before it existed): unchanged. */
  reopenWindowDays: ZReopenWindowDays.optional(),
  /** SPEC §9 (Professional and above); left out: unchanged. */
  sla: ZSlaPolicy.optional(),
  /** Every status's chain, keyed by status id. A status left out ends up with no actions. */
  statusActions: z.record(z.string().min(1).max(100), z.array(ZAction).max(100)),
  /**
   * Every status's enrollment criteria, keyed by status id (SPEC §5): OR of groups, each an AND of
   * filters. Optional on import: a status left out (or a document without it) keeps its criteria.
   */
  statusEnrollment: z
    .record(z.string().min(1).max(100), ZEnrollmentFilterGroupsFields)
    .optional()
    .describe(
      'Each status\'s enrollment criteria, keyed by status id: a ticket reaching the status enrols when it matches any group, and a group when it matches every filter in it ([] = every ticket). New statuses start with [[{"property":"source","operator":"is_none_of","value":["CHAT","MESSENGER"]}]]. Left out on import: unchanged.',
    ),
  /** SPEC §8 pipeline rules (always exported). Left out of an import: the rules stay as they are. */
  rules: ZPipelineRules.optional(),
});
export type TAutomationDocument = z.infer<typeof ZAutomationDocument>;
