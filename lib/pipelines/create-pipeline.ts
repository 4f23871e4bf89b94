// A new pipeline, in one transaction: its default statuses (SPEC §1), its automation settings
// row with the defaults (close date on, email triggers off), one status-actions workflow per
// status (SPEC §5), and the two email triggers' workflows (SPEC §4 "View workflow").
// The account's plan caps how many pipelines there are (SPEC §6): one more is refused with why.
import "server-only";
import { pipelineLimitRefusal } from "@/lib/account/plan";
import { currentPlanTier } from "@/lib/account/current-plan";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_STATUSES } from "./default-statuses";
import { createTriggerWorkflows } from "@/lib/automate/trigger-workflow";
import { DEFAULT_AUTOMATION } from "@/lib/automate/automation-settings";
import { createStatusWorkflows } from "@/lib/automate/status-workflows";
import { assertUniqueName, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TCreatePipeline } from "./schemas";
import { newId } from "@/lib/db/ids";

export function createPipeline(actor: StructureActor, { name }: TCreatePipeline) {
  return db.$transaction(async (tx) => {
    // Serialises pipeline creation, so two admins cannot create the same name at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ticketflow:pipelines'))`;
    const existing = await tx.pipeline.findMany({ select: { id: true, name: true, displayOrder: true } });
    const overLimit = pipelineLimitRefusal(await currentPlanTier(tx), existing.length);
    if (overLimit) throw new AppError("PLAN_REQUIRED", overLimit);
    assertUniqueName(existing, name, "name", "A pipeline");
    const pipeline = await tx.pipeline.create({
      data: {
        id: newId(),
        name,
        displayOrder: Math.max(-1, ...existing.map((p) => p.displayOrder)) + 1,
        statuses: { create: DEFAULT_STATUSES.map((s, i) => ({ id: newId(), ...s, displayOrder: i })) },
        automation: { create: {} },
      },
      select: {
        id: true,
        name: true,
        statuses: { orderBy: { displayOrder: "asc" }, select: { id: true, label: true } },
      },
    });
    await createStatusWorkflows(tx, pipeline, pipeline.statuses);
    await createTriggerWorkflows(tx, pipeline, DEFAULT_AUTOMATION);
    await recordStructureChange(tx, actor, pipeline.id, { type: "pipeline", id: pipeline.id }, [
      { field: "created", before: null, after: { name, statuses: pipeline.statuses.map((s) => s.label) } },
    ]);
    return { id: pipeline.id, name: pipeline.name };
  });
}
