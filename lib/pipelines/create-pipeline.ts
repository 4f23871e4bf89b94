// A new pipeline, in one transaction: its default statuses (SPEC §1), its automation settings
// row with the defaults (close date on, email triggers off), one status-actions workflow per
// status (SPEC §5), and the two email triggers' workflows (SPEC §4 "View workflow").
import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_STATUSES } from "./default-statuses";
import { createTriggerWorkflows } from "@/lib/automate/trigger-workflow";
import { DEFAULT_AUTOMATION } from "@/lib/automate/automation-settings";
import { createStatusWorkflows } from "@/lib/automate/status-workflows";
import { assertUniqueName, recordStructureChange, type StructureActor } from "./structure-tx";
import type { TCreatePipeline } from "./schemas";

export function createPipeline(actor: StructureActor, { name }: TCreatePipeline) {
  return db.$transaction(async (tx) => {
    // Serialises pipeline creation, so two admins cannot create the same name at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ticketflow:pipelines'))`;
    const existing = await tx.pipeline.findMany({ select: { id: true, name: true, displayOrder: true } });
    assertUniqueName(existing, name, "name", "A pipeline");
    const pipeline = await tx.pipeline.create({
      data: {
        name,
        displayOrder: Math.max(-1, ...existing.map((p) => p.displayOrder)) + 1,
        statuses: { create: DEFAULT_STATUSES.map((s, i) => ({ ...s, displayOrder: i })) },
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
