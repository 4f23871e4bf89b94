// SPEC §8 pipeline rules as the Rules tab and the automation document send them. Free of server imports.
import { z } from "zod";

const ZStatusId = z.string().min(1).max(100);

export const ZPipelineRules = z.strictObject({
  /** The statuses a ticket may be created in; null: any. */
  createStatusIds: z.array(ZStatusId).min(1, "Choose at least one status, or allow any").max(100).nullable(),
  preventSkipping: z.boolean(),
  preventBackward: z.boolean(),
});
export type TPipelineRules = z.infer<typeof ZPipelineRules>;

export const ZSavePipelineRules = z.object({ pipelineId: ZStatusId, rules: ZPipelineRules });
export type TSavePipelineRules = z.infer<typeof ZSavePipelineRules>;
