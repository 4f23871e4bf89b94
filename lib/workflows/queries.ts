import "server-only";
import { db } from "@/lib/db";
import { actionCount, workflowActivity } from "./workflow-activity";

/** The Workflows list: every workflow with its action count and activity (issue 14 item 5). */
export async function listWorkflows() {
  const workflows = await db.workflow.findMany({
    orderBy: [{ pipeline: { displayOrder: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      trigger: true,
      statusId: true,
      pipelineId: true,
      enabled: true,
      updatedAt: true,
      pipeline: { select: { name: true } },
      _count: { select: { actions: true } },
    },
  });
  const activity = await workflowActivity(workflows);
  return workflows.map(({ _count, ...w }) => ({
    ...w,
    actions: actionCount(w.kind, _count.actions),
    activity: activity.get(w.id)!,
  }));
}

/** Whether a workflow exists: the editor's layout answers 404 before its page streams. */
export async function workflowExists(id: string): Promise<boolean> {
  return (await db.workflow.count({ where: { id } })) > 0;
}
