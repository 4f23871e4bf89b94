// The automation document (DESIGN.md "GET /api/v1/pipelines/:id/automation"): a pipeline's whole
// automation as JSON, the export/import file and the API's GET/PUT body. Free of server imports.
import { z } from "zod";
import { ZAction } from "@/lib/workflows/action-types/registry";
import { ZStatusTrigger } from "@/lib/automate/schemas";

export const ZAutomationDocument = z.strictObject({
  pipelineId: z.string().min(1).max(100),
  /** The version read; a write with an older one is refused (CONFLICT). */
  version: z.number().int().min(0),
  closeDateAutomation: z.boolean(),
  emailSentTrigger: ZStatusTrigger,
  customerReplyTrigger: ZStatusTrigger,
  /** Every status's chain, keyed by status id. A status left out ends up with no actions. */
  statusActions: z.record(z.string().min(1).max(100), z.array(ZAction).max(100)),
});
export type TAutomationDocument = z.infer<typeof ZAutomationDocument>;
