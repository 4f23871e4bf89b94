// Revision history (issue 6 §4): every editor save wrote a snapshot; any earlier one can be
// viewed, and restored — which is itself a change, so it writes a new revision. A revision that
// names something deleted since is refused, not half-restored (restore-checks.ts).
import "server-only";
import { resetWorkflowTimers } from "./workflow-timers";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeActor } from "@/lib/history/record-change";
import { describeAction } from "@/lib/workflows/action-types/registry";
import { readActionNames } from "@/lib/workflows/action-names";
import { actionSteps } from "./action-steps";
import { changeWorkflow } from "./change";
import { assertRestorable } from "./restore-checks";
import { parentsFirst, storedSnapshot } from "./snapshot";
import type { TRestoreRevision } from "./schemas";
import { fromStoredAction, toStoredAction } from "@/lib/workflows/action-types/stored-action";
import { assignWebhookSecrets, secretHistory } from "@/lib/workflows/action-types/webhook/assign-secrets";

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
  const { snapshot: stored, ...revision } = row;
  const snapshot = storedSnapshot(stored);
  const names = await readActionNames();
  const actions = actionSteps(snapshot.actions).map(({ action, path }) => ({
    id: action.id,
    path,
    text: describeAction(action.type, action.config, names),
  }));
  // Described, never the stored configs: a webhook's URL is not for every reader (issue 13 §3).
  return { ...revision, settings: snapshot.settings, actions };
}

export function restoreRevision(input: TRestoreRevision, actor: ChangeActor) {
  return changeWorkflow(input, actor, async (tx, workflow) => {
    const revision = await tx.workflowRevision.findFirst({
      where: { id: input.revisionId, workflowId: workflow.id },
      select: { version: true, snapshot: true },
    });
    if (!revision) throw new AppError("NOT_FOUND", "This revision no longer exists.");
    const snapshot = storedSnapshot(revision.snapshot);
    await assertRestorable(tx, workflow, revision.version, snapshot);
    // An email trigger's on/off is its Automate-tab checkbox: a restore leaves it as it is.
    const { enabled, ...settings } = snapshot.settings;
    const keepsSwitch = workflow.kind === "EMAIL_SENT_TRIGGER" || workflow.kind === "CUSTOMER_REPLY_TRIGGER";
    await tx.workflow.update({
      where: { id: workflow.id },
      data: {
        ...settings,
        ...(keepsSwitch ? {} : { enabled }),
        enrollmentFilterGroups: settings.enrollmentFilterGroups as Prisma.InputJsonValue,
        timeTrigger: settings.timeTrigger ? (settings.timeTrigger as Prisma.InputJsonValue) : Prisma.DbNull,
      },
    });
    await resetWorkflowTimers(tx, workflow.id);
    const actions = parentsFirst(snapshot.actions);
    // Actions keep their ids (and comments) when they survive; the rest go, the missing come back.
    await tx.workflowAction.deleteMany({ where: { workflowId: workflow.id, id: { notIn: actions.map((a) => a.id) } } });
    // A webhook whose secret is gone (or was never made: a revision older than signing secrets) gets one.
    const secrets = await assignWebhookSecrets(
      tx,
      actions.map((a) => ({ actionId: a.id, action: fromStoredAction(a.type, a.config) })),
    );
    for (const [i, { id, type, parentActionId, branchKey, position }] of actions.entries()) {
      const config = toStoredAction(secrets.actions[i]!).config as Prisma.InputJsonValue;
      const data = { type, parentActionId, branchKey, position, config };
      await tx.workflowAction.upsert({ where: { id }, update: data, create: { id, workflowId: workflow.id, ...data } });
    }
    return {
      restoredVersion: revision.version,
      history: [
        { field: "restoredVersion", before: null, after: revision.version },
        ...secrets.created.map(() => secretHistory("Created")),
      ],
    };
  });
}
