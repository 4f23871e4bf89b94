// Pipeline inputs (SPEC §1), shared by the forms and the server actions (no server imports): the
// pipelines and statuses themselves. The Automate tab's settings are in lib/automate/schemas.ts.
import { z } from "zod";

const ZId = z.string().min(1).max(100);

export const NAME_MAX = 100;
import { TICKET_STATES } from "./ticket-states";

export { TICKET_STATES, TICKET_STATE_LABEL, type TicketStateName } from "./ticket-states";

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
