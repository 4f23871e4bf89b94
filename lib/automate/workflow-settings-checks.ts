// What the settings form cannot check in the browser: that the owners named in enrollment
// filters are users of the account, and that an email-trigger workflow's on/off is its
// Automate-tab checkbox (SPEC §4), saved there so both screens agree.
import "server-only";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import type { EnrollmentFilter, EnrollmentFilterGroup } from "@/lib/automation";
import { readAutomationRow } from "@/lib/automate/automation-settings";
import { saveAutomationSettings } from "@/lib/automate/save-automation-settings";
import { EMAIL_TRIGGERS } from "@/lib/automate/schemas";
import { TRIGGER_WORKFLOW } from "@/lib/automate/trigger-workflow";
import type { Tx } from "@/lib/db/tx";
import type { EditedWorkflow } from "@/lib/workflows/editor/edited-workflow";

const ownerIdsOf = (filter: EnrollmentFilter): { id: string; path: (string | number)[] }[] => {
  if (filter.property !== "ownerId") return [];
  if (filter.operator === "is" || filter.operator === "is_not") return [{ id: filter.value, path: ["value"] }];
  if (filter.operator === "is_any_of" || filter.operator === "is_none_of")
    return filter.value.map((id, i) => ({ id, path: ["value", i] }));
  return [];
};

/**
 * BAD_REQUEST with the path of each owner that is not a user: `at` (where the groups sit, by
 * default the settings form's enrollmentFilterGroups), then group, filter, "value"[, index].
 */
export async function assertFilterOwnersExist(
  tx: Tx,
  groups: readonly EnrollmentFilterGroup[],
  at: (string | number)[] = ["enrollmentFilterGroups"],
) {
  const refs = groups.flatMap((group, g) =>
    group.flatMap((f, i) => ownerIdsOf(f).map((r) => ({ ...r, path: [...at, g, i, ...r.path] }))),
  );
  if (refs.length === 0) return;
  const found = new Set(
    (await tx.user.findMany({ where: { id: { in: refs.map((r) => r.id) } }, select: { id: true } })).map((u) => u.id),
  );
  const issues: FieldIssue[] = refs
    .filter((r) => !found.has(r.id))
    .map((r) => ({ path: r.path, message: "This user does not exist", code: "unknown_reference" }));
  if (issues.length > 0) throw new AppError("BAD_REQUEST", "A filter names a user that does not exist.", issues);
}

/** Turns an email trigger on or off through the pipeline's settings (version, plan, History, sync). */
export async function saveTriggerEnabled(tx: Tx, actor: ChangeActor, workflow: EditedWorkflow, enabled: boolean) {
  const key = EMAIL_TRIGGERS.find((k) => TRIGGER_WORKFLOW[k].kind === workflow.kind);
  if (!key || !workflow.pipelineId) return;
  const row = await readAutomationRow(tx, workflow.pipelineId);
  if (row.settings[key].enabled === enabled) return;
  if (enabled && !row.settings[key].statusId) {
    const message = "Choose the status to move the ticket to on the Automate tab first";
    throw new AppError("BAD_REQUEST", message, [{ path: ["enabled"], message }]);
  }
  await saveAutomationSettings(tx, actor, {
    pipelineId: workflow.pipelineId,
    expectedVersion: row.version,
    patch: { [key]: { ...row.settings[key], enabled } },
  });
}
