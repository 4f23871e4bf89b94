// Names for the ids in a pipeline's History rows written by the workflow editor: its workflows
// (other than status chains, which the Automate tab names after their status) and the users
// that enrollment filters name.
import "server-only";
import { db } from "@/lib/db";

export async function workflowHistoryNames(pipelineId: string): Promise<Record<string, string>> {
  const [workflows, users] = await Promise.all([
    db.workflow.findMany({ where: { pipelineId, kind: { not: "STATUS_ACTIONS" } }, select: { id: true, name: true } }),
    db.user.findMany({ select: { id: true, name: true } }),
  ]);
  return Object.fromEntries([...users, ...workflows].map((r) => [r.id, r.name]));
}
