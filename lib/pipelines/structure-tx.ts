// The shared steps of every change to a pipeline's structure: lock the pipeline row (so two
// admins' changes to one pipeline run one after the other), find a status in it, refuse a
// duplicate name, and record the change in History (SPEC §7).
import "server-only";
import { AppError } from "@/lib/errors";
import { isForeignKeyViolation } from "@/lib/db/constraint-violation";
import { pipelineScope, recordChanges, type ChangeActor, type FieldChange } from "@/lib/history/record-change";
import type { Tx } from "@/lib/db/tx";

export type StructureActor = ChangeActor;

const pipelineGone = () =>
  new AppError("NOT_FOUND", "This pipeline does not exist any more — reload to see the latest.");
const statusGone = () => new AppError("NOT_FOUND", "This status does not exist any more — reload to see the latest.");

/**
 * Every statement on a pipeline's configuration tables takes the configuration version's row
 * (prisma/migrations/20261204061800_pipeline_config_version). A structure change takes it first,
 * before the pipeline's row: taken the other way round, a structure change holding the pipeline's
 * row and another admin's configuration change holding the version's row and then writing a row
 * that refers to the pipeline would wait for each other (a deadlock, one of them refused).
 */
export async function lockConfigVersion(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "PipelineConfigVersion" WHERE id = 'all' FOR UPDATE`;
}

export async function lockPipeline(tx: Tx, pipelineId: string) {
  await lockConfigVersion(tx);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Pipeline" WHERE id = ${pipelineId} FOR UPDATE`;
  if (rows.length === 0) throw pipelineGone();
  return tx.pipeline.findUniqueOrThrow({
    where: { id: pipelineId },
    select: {
      id: true,
      name: true,
      statuses: {
        orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
        select: { id: true, label: true, state: true, displayOrder: true },
      },
    },
  });
}
export type LockedPipeline = Awaited<ReturnType<typeof lockPipeline>>;

/** Locks the status's pipeline and returns both. */
export async function lockStatus(tx: Tx, statusId: string) {
  const found = await tx.pipelineStatus.findUnique({ where: { id: statusId }, select: { pipelineId: true } });
  if (!found) throw statusGone();
  const pipeline = await lockPipeline(tx, found.pipelineId);
  const status = pipeline.statuses.find((s) => s.id === statusId);
  if (!status) throw statusGone();
  return { pipeline, status };
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function assertUniqueName(
  existing: { id: string; name: string }[],
  name: string,
  field: string,
  what: string,
  selfId?: string,
) {
  if (existing.some((e) => e.id !== selfId && same(e.name, name))) {
    const message = `${what} named "${name}" already exists.`;
    throw new AppError("CONFLICT", message, [{ path: [field], message }]);
  }
}

export function recordStructureChange(
  tx: Tx,
  actor: StructureActor,
  pipelineId: string,
  entity: { type: "pipeline" | "pipeline_status"; id: string },
  changes: FieldChange[],
) {
  return recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: entity.type,
    entityId: entity.id,
    changes,
  });
}

/**
 * Runs a delete transaction. Ticket moves elsewhere do not lock the pipeline, so a ticket can
 * land in a status after its tickets were moved and before it is deleted: the database then
 * refuses the delete, and the admin is asked to try again rather than shown an error.
 */
export async function refusingLateArrivals<T>(run: () => Promise<T>, what: "status" | "pipeline"): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    throw new AppError(
      "CONFLICT",
      `A ticket was moved into this ${what} while it was being deleted. Nothing was deleted; try again.`,
    );
  }
}
