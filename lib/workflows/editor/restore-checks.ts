// Before a revision is restored (issue 6 §4): everything it names must still exist — the
// users, teams, automated emails and statuses of its actions, the owners of its filters and
// the status it enrolls from. Restoring a workflow that would fail when it runs is refused
// with a message naming each missing thing; nothing is changed (the caller's transaction).
import "server-only";
import { AppError } from "@/lib/errors";
import { describeAction } from "@/lib/workflows/action-types/registry";
import type { RefKind } from "@/lib/workflows/action-types/define";
import { findMissingRefs } from "@/lib/workflows/action-types/references";
import { fromStoredAction } from "@/lib/workflows/action-types/stored-action";
import type { Tx } from "@/lib/db/tx";
import type { EditedWorkflow } from "./edited-workflow";
import type { WorkflowSnapshot } from "./snapshot";
import { webhookTargetIssues } from "@/lib/workflows/action-types/webhook/target-check";

const GONE: Record<RefKind, string> = {
  user: "a user who was deleted or deactivated",
  team: "a team that was deleted",
  template: "an automated email that was deleted",
  status: "a status that was deleted",
};

async function missingInActions(tx: Tx, actions: WorkflowSnapshot["actions"]): Promise<string[]> {
  const found: string[] = [];
  for (const a of actions) {
    const missing = await findMissingRefs(tx, fromStoredAction(a.type, a.config));
    for (const kind of new Set(missing.map((r) => r.kind)))
      found.push(`“${describeAction(a.type, a.config)}” uses ${GONE[kind]}`);
  }
  // A webhook must still reach an allowed address, as when it was saved (issue 13 §3).
  const refused = await webhookTargetIssues(
    actions.map((a) => ({ action: fromStoredAction(a.type, a.config), path: [] })),
  );
  for (const issue of refused) found.push(`a webhook's address may not be reached (${issue.message})`);
  return found;
}

async function missingInSettings(tx: Tx, workflow: EditedWorkflow, { settings }: WorkflowSnapshot): Promise<string[]> {
  const found: string[] = [];
  if (settings.trigger === "STATUS_ENTERED" && settings.statusId) {
    const status = await tx.pipelineStatus.findFirst({
      where: { id: settings.statusId, pipelineId: workflow.pipelineId ?? undefined },
      select: { id: true },
    });
    if (!status) found.push("the status it enrolls tickets from was deleted");
    const taken =
      workflow.kind === "CUSTOM"
        ? await tx.workflow.findFirst({
            where: { statusId: settings.statusId, kind: "CUSTOM", id: { not: workflow.id } },
            select: { name: true },
          })
        : null;
    if (taken) found.push(`“${taken.name}” now enrolls tickets from its status`);
  }
  const owners = ((settings.enrollmentFilterGroups ?? []) as { property: string; value?: unknown }[][])
    .flat()
    .filter((f) => f.property === "ownerId")
    .flatMap((f) => (Array.isArray(f.value) ? f.value : typeof f.value === "string" ? [f.value] : []) as string[]);
  if (owners.length > 0) {
    const known = await tx.user.count({ where: { id: { in: [...new Set(owners)] } } });
    if (known < new Set(owners).size) found.push("an enrollment filter names a user who was deleted");
  }
  return found;
}

export async function assertRestorable(tx: Tx, workflow: EditedWorkflow, version: number, snapshot: WorkflowSnapshot) {
  const missing = [
    ...(await missingInSettings(tx, workflow, snapshot)),
    ...(await missingInActions(tx, snapshot.actions)),
  ];
  if (missing.length === 0) return;
  throw new AppError(
    "BAD_REQUEST",
    `Version ${version} was not restored: ${missing.join("; ")}. Nothing was changed — edit the current version instead.`,
    missing.map((message) => ({ path: ["revisionId"], message, code: "missing_reference" })),
  );
}
