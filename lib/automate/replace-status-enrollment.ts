// Import of the document's statusEnrollment (SPEC §5, §7): each status whose enrollment criteria
// differ gets the document's filter groups on its workflow, with its version claimed and a History
// row, as a save in the workflow editor's Settings tab would (which needs the Professional plan).
// Statuses the document leaves out keep theirs.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_FILTER_GROUPS } from "@/lib/automation";
import type { ChangeActor } from "@/lib/history/record-change";
import { pipelineScope, recordChanges } from "@/lib/history/record-change";
import { requirePlan } from "@/lib/account/current-plan";
import { canonicalJson } from "@/lib/utils/canonical-json";
import { parseEnrollmentFilterGroups, toStoredGroups } from "@/lib/workflows/enrollment-filter-schema";
import { claimStatusWorkflow } from "./status-workflow";
import type { TAutomationDocument } from "./automation-document-schema";
import type { Tx } from "@/lib/db/tx";

/** Returns how many statuses' criteria changed. */
export async function replaceStatusEnrollment(tx: Tx, actor: ChangeActor, doc: TAutomationDocument): Promise<number> {
  let changed = 0;
  for (const [statusId, groups] of Object.entries(doc.statusEnrollment ?? {})) {
    const after = toStoredGroups(groups);
    const key = { pipelineId: doc.pipelineId, statusId, kind: "STATUS_ACTIONS" } as const;
    const existing = await tx.workflow.findUnique({
      where: { pipelineId_statusId_kind: key },
      select: { version: true, enrollmentFilterGroups: true },
    });
    const before = existing ? parseEnrollmentFilterGroups(existing.enrollmentFilterGroups) : DEFAULT_FILTER_GROUPS;
    if (canonicalJson(before) === canonicalJson(after)) continue;
    await requirePlan("workflowEditor", tx);
    const workflow = await claimStatusWorkflow(tx, {
      pipelineId: doc.pipelineId,
      statusId,
      expectedVersion: existing?.version ?? 0,
    });
    await tx.workflow.update({
      where: { id: workflow.id },
      data: { enrollmentFilterGroups: after as Prisma.InputJsonArray },
    });
    await recordChanges(tx, actor, {
      scope: pipelineScope(doc.pipelineId),
      entityType: "status_actions",
      entityId: workflow.id,
      changes: [{ field: "enrollmentFilterGroups", before, after }],
    });
    changed += 1;
  }
  return changed;
}
