// Revision history (issue 6 §4): every editor save wrote a snapshot; any earlier one can be
// viewed, and restored — which is itself a change, so it writes a new revision. A revision that
// names something deleted since is refused, not half-restored (restore-checks.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { describeAction } from "@/lib/workflows/action-types/registry";
import { actionSteps } from "./action-steps";
import { changeWorkflow } from "./change";
import { assertRestorable } from "./restore-checks";
import { parentsFirst, type WorkflowSnapshot } from "./snapshot";
import type { TRestoreRevision } from "./schemas";

export async function listRevisions(workflowId: string) {
  const rows = await db.workflowRevision.findMany({
    where: { workflowId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, createdAt: true, authorId: true },
  });
  const authors = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => r.authorId ?? []) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(authors.map((u) => [u.id, u.name]));
  return rows.map(({ authorId, ...r }) => ({
    ...r,
    authorName: authorId ? (nameOf.get(authorId) ?? "A deleted user") : null,
  }));
}
export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];

/** One revision as a reader sees it: its settings and each action described, in tree order. */
export async function getRevision(revisionId: string) {
  const row = await db.workflowRevision.findUnique({
    where: { id: revisionId },
    select: { id: true, workflowId: true, version: true, createdAt: true, snapshot: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "This revision no longer exists.");
  const snapshot = row.snapshot as unknown as WorkflowSnapshot;
  const actions = actionSteps(snapshot.actions).map(({ action, path }) => ({
    id: action.id,
    path,
    text: describeAction(action.type, action.config),
  }));
  return { ...row, settings: snapshot.settings, actions };
}

export function restoreRevision(input: TRestoreRevision, actor: ChangeActor) {
  return changeWorkflow(input, actor, async (tx, workflow) => {
    const revision = await tx.workflowRevision.findFirst({
      where: { id: input.revisionId, workflowId: workflow.id },
      select: { version: true, snapshot: true },
    });
    if (!revision) throw new AppError("NOT_FOUND", "This revision no longer exists.");
    const snapshot = revision.snapshot as unknown as WorkflowSnapshot;
    await assertRestorable(tx, workflow, revision.version, snapshot);
    // An email trigger's on/off is its Automate-tab checkbox: a restore leaves it as it is.
    const { enabled, ...settings } = snapshot.settings;
    const keepsSwitch = workflow.kind === "EMAIL_SENT_TRIGGER" || workflow.kind === "CUSTOMER_REPLY_TRIGGER";
    await tx.workflow.update({
      where: { id: workflow.id },
      data: {
        ...settings,
        ...(keepsSwitch ? {} : { enabled }),
        enrollmentFilters: settings.enrollmentFilters as Prisma.InputJsonValue,
      },
    });
    const { actions } = snapshot;
    // Actions keep their ids (and comments) when they survive; the rest go, the missing come back.
    await tx.workflowAction.deleteMany({ where: { workflowId: workflow.id, id: { notIn: actions.map((a) => a.id) } } });
    for (const { id, config, ...rest } of parentsFirst(actions)) {
      const data = { ...rest, config: config as Prisma.InputJsonValue };
      await tx.workflowAction.upsert({ where: { id }, update: data, create: { id, workflowId: workflow.id, ...data } });
    }
    return {
      restoredVersion: revision.version,
      history: [{ field: "restoredVersion", before: null, after: revision.version }],
    };
  });
}
