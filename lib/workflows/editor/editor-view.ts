// The workflow editor's page data: settings, the action tree with comment counts, the
// pipeline's statuses for the trigger, what the viewer's plan includes and the account's time zone.
import "server-only";
import { db } from "@/lib/db";
import { currentPlanTier } from "@/lib/account/current-plan";
import { parseEnrollmentFilterGroups } from "../enrollment-filter-schema";
import { parseTimeTrigger } from "../time-trigger-schema";
import { readActionNames } from "../action-names";
import type { Actor } from "@/lib/auth/policy";
import { storedActionsFor } from "@/lib/webhooks/visibility";

/** As `viewer` may see it: an agent's has no webhook URLs (lib/webhooks/visibility.ts). */
export async function getWorkflowEditorView(workflowId: string, viewer: Actor) {
  const workflow = await db.workflow.findUnique({
    where: { id: workflowId },
    select: {
      id: true,
      name: true,
      description: true,
      kind: true,
      trigger: true,
      statusId: true,
      enabled: true,
      version: true,
      timeZone: true,
      unenrollOnLeave: true,
      reenrollment: true,
      enrollmentFilterGroups: true,
      timeTrigger: true,
      updatedAt: true,
      pipeline: {
        select: {
          id: true,
          name: true,
          statuses: { orderBy: { displayOrder: "asc" }, select: { id: true, label: true } },
        },
      },
      actions: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          type: true,
          config: true,
          parentActionId: true,
          branchKey: true,
          position: true,
          _count: { select: { comments: true } },
        },
      },
    },
  });
  if (!workflow) return null;
  const [planTier, account, actionNames] = await Promise.all([
    currentPlanTier(),
    db.account.findFirst({ select: { timeZone: true } }),
    readActionNames(),
  ]);
  const accountTimeZone = account?.timeZone ?? "UTC";
  return {
    ...workflow,
    actions: storedActionsFor(viewer, workflow.actions),
    enrollmentFilterGroups: parseEnrollmentFilterGroups(workflow.enrollmentFilterGroups),
    timeTrigger: parseTimeTrigger(workflow.trigger, workflow.timeTrigger),
    planTier,
    accountTimeZone,
    /** The bubbles name the automated email, people, teams and statuses they point at. */
    actionNames,
  };
}
export type WorkflowEditorView = NonNullable<Awaited<ReturnType<typeof getWorkflowEditorView>>>;
export type EditorAction = WorkflowEditorView["actions"][number];
