// SPEC §8: saves a pipeline's rules (Professional and above) with a History row per changed rule,
// in the caller's transaction (the Rules tab's action, or the automation document's import).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { requirePlan } from "@/lib/account/current-plan";
import type { PipelineRules } from "@/lib/automation";
import type { Tx } from "@/lib/db/tx";
import { AppError } from "@/lib/errors";
import { pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { readPipelineRules } from "@/lib/pipeline-reads/pipeline-rules-json";
import type { TPipelineRules } from "@/lib/pipeline-reads/rules-schemas";

export async function savePipelineRules(
  tx: Tx,
  actor: ChangeActor,
  pipelineId: string,
  rules: TPipelineRules,
  path: (string | number)[] = ["rules"],
): Promise<number> {
  await requirePlan("pipelineRules", tx);
  const statuses = await tx.pipelineStatus.findMany({ where: { pipelineId }, select: { id: true } });
  if (statuses.length === 0) throw new AppError("NOT_FOUND", "This pipeline does not exist.");
  const known = new Set(statuses.map((s) => s.id));
  const unknown = (rules.createStatusIds ?? []).flatMap((id, i) => (known.has(id) ? [] : [i]));
  if (unknown.length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      "The rules name statuses that are not in this pipeline.",
      unknown.map((i) => ({ path: [...path, "createStatusIds", i], message: "This status is not in the pipeline" })),
    );
  }
  const before: PipelineRules = await readPipelineRules(pipelineId, tx);
  // Null ("any status") is stored as SQL NULL, not JSON null.
  const data = {
    createStatusIds: rules.createStatusIds ?? Prisma.DbNull,
    preventSkipping: rules.preventSkipping,
    preventBackward: rules.preventBackward,
  };
  await tx.pipelineRules.upsert({ where: { pipelineId }, create: { pipelineId, ...data }, update: data });
  return recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: "pipelineRules",
    entityId: pipelineId,
    changes: (["createStatusIds", "preventSkipping", "preventBackward"] as const).map((field) => ({
      field: `rules.${field}`,
      before: before[field],
      after: rules[field],
    })),
  });
}
