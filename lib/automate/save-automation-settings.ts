// Saves part of a pipeline's automation settings (SPEC §3, §4) inside the caller's transaction:
// version check, status and plan checks, the write, and its History rows.
import "server-only";
import type { PipelineAutomationSettings } from "@/lib/automation/types";
import { db } from "@/lib/db";
import { AppError, staleVersionError, type FieldIssue } from "@/lib/errors";
import { requirePlan } from "@/lib/account/current-plan";
import { diffFields, pipelineScope, recordChanges, type ChangeActor } from "@/lib/history/record-change";
import { flattenSettings, readAutomationRow, toColumns, writeTriggerSwitches } from "./automation-settings";
import { EMAIL_TRIGGERS } from "./schemas";
import type { Tx } from "@/lib/db/tx";

const EMAIL_TRIGGER_FIELD = new RegExp(`^(${EMAIL_TRIGGERS.join("|")})\\.`);

export type AutomationPatch = Partial<PipelineAutomationSettings>;

interface SaveInput {
  pipelineId: string;
  expectedVersion: number;
  patch: AutomationPatch;
  /** Move the version on even when these settings did not change (the caller changed something else). */
  bump?: boolean;
}

/** A save of its own (the Automate tab's switch and trigger rows). */
export function updateAutomationSettings(actor: ChangeActor, input: SaveInput): Promise<{ version: number }> {
  return db.$transaction((tx) => saveAutomationSettings(tx, actor, input));
}

/** Returns the new version (the same one when nothing changed). */
export async function saveAutomationSettings(
  tx: Tx,
  actor: ChangeActor,
  input: SaveInput,
): Promise<{ version: number }> {
  const { pipelineId, expectedVersion, patch, bump = false } = input;
  const current = await readAutomationRow(tx, pipelineId);
  if (current.version !== expectedVersion) throw staleVersionError();
  await assertStatusesInPipeline(tx, pipelineId, patch);

  const next: PipelineAutomationSettings = { ...current.settings, ...patch };
  const before = flattenSettings(current.settings);
  const changes = diffFields(before, flattenSettings(next), Object.keys(before));
  const changed = changes.filter((c) => c.before !== c.after);
  if (changed.length === 0 && !bump) return { version: current.version };
  // Close-date automation and the reopen window are not plan features (SPEC §6, §9).
  if (changed.some((c) => EMAIL_TRIGGER_FIELD.test(c.field))) await requirePlan("statusEmailTriggers", tx);

  const version = await writeRow(tx, pipelineId, expectedVersion, toColumns(next));
  await recordChanges(tx, actor, {
    scope: pipelineScope(pipelineId),
    entityType: "pipeline_automation",
    entityId: pipelineId,
    changes: changed,
  });
  await writeTriggerSwitches(tx, pipelineId, current.settings, next);
  return { version };
}

async function writeRow(tx: Tx, pipelineId: string, expectedVersion: number, data: ReturnType<typeof toColumns>) {
  if (expectedVersion === 0) {
    // No row yet: the first writer creates it; a second one loses on the primary key.
    const created = await tx.pipelineAutomation.createMany({ data: [{ pipelineId, ...data }], skipDuplicates: true });
    if (created.count === 0) throw staleVersionError();
    return 1;
  }
  const { count } = await tx.pipelineAutomation.updateMany({
    where: { pipelineId, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw staleVersionError();
  return expectedVersion + 1;
}

/** A trigger can only move tickets to a status of its own pipeline. */
async function assertStatusesInPipeline(tx: Tx, pipelineId: string, patch: AutomationPatch): Promise<void> {
  const pipeline = await tx.pipeline.findUnique({
    where: { id: pipelineId },
    select: { statuses: { select: { id: true } } },
  });
  if (!pipeline) throw new AppError("NOT_FOUND", "This pipeline does not exist any more.");
  const known = new Set(pipeline.statuses.map((s) => s.id));
  const issues: FieldIssue[] = EMAIL_TRIGGERS.flatMap((key) => {
    const statusId = patch[key]?.statusId;
    return statusId && !known.has(statusId)
      ? [{ path: [key, "statusId"], message: "This status is not in the pipeline", code: "unknown_status" }]
      : [];
  });
  if (issues.length > 0) throw new AppError("BAD_REQUEST", "Choose a status of this pipeline.", issues);
}
