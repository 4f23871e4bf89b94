// SPEC §9: saves a pipeline's SLA targets (Professional and above) with a History row per changed
// field, in the caller's transaction (the Automate tab's SLA section, or the automation document).
// Tickets keep the targets they were created with: a change applies to new tickets.
import "server-only";
import { requirePlan } from "@/lib/account/current-plan";
import type { SlaPolicy } from "@/lib/automation";
import type { Tx } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { readPipelineSla } from "./pipeline-sla-json";

const FIELDS = ["firstReply", "close", "businessHours"] as const;

/** Returns how many fields changed (0: nothing written). */
export async function savePipelineSla(tx: Tx, actor: ChangeActor, pipelineId: string, sla: SlaPolicy): Promise<number> {
  const pipeline = await tx.pipeline.findUnique({ where: { id: pipelineId }, select: { id: true } });
  if (!pipeline) throw new AppError("NOT_FOUND", "This pipeline does not exist.");
  const before = await readPipelineSla(pipelineId, tx);
  if (FIELDS.every((field) => before[field] === sla[field])) return 0;
  await requirePlan("sla", tx);
  const data = { firstReply: sla.firstReply, close: sla.close, businessHours: sla.businessHours };
  await tx.pipelineSla.upsert({ where: { pipelineId }, create: { pipelineId, ...data }, update: data });
  return recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: "pipelineSla",
    entityId: pipelineId,
    changes: FIELDS.map((field) => ({ field: `sla.${field}`, before: before[field], after: sla[field] })),
  });
}
