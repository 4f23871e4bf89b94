// Issue 15 item 4: Undo after deleting an if/then branch in the workflow editor (its "Branch
// deleted." toast) puts the tree back exactly — the same ids, parents, paths, positions and
// settings — whether a path was kept in the branch's place or none, and the branch itself is the
// first restored id, which the editor focuses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteWorkflowActionAction, undoWorkflowDeleteAction } from "@/lib/automate/workflow-editor-actions";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run";
import { actAs } from "../support/users";
import { expectOk } from "../support/status-actions";
import { add, newWorkflow, refundBranch, slotOf, task, titleOf, versionOf } from "./workflow-editor-fixtures";

const tree = async (workflowId: string) =>
  (await db.workflowAction.findMany({ where: { workflowId }, orderBy: { id: "asc" } })).map((a) => ({
    id: a.id,
    type: a.type,
    parentActionId: a.parentActionId,
    branchKey: a.branchKey,
    position: a.position,
    config: a.config,
  }));

/** before → branch (urgent: page, call; none met: triage) → after */
async function branchWithPaths(status: string) {
  const { workflowId } = await newWorkflow(status);
  await add(workflowId, task("before"));
  const branchId = await add(workflowId, refundBranch);
  await add(workflowId, task("after"));
  await add(workflowId, task("page"), 0, { parentActionId: branchId, branchKey: "urgent" });
  await add(workflowId, task("call"), 1, { parentActionId: branchId, branchKey: "urgent" });
  await add(workflowId, task("triage"), 0, { parentActionId: branchId, branchKey: NONE_MET_BRANCH_KEY });
  return { workflowId, branchId };
}

describe("undo of a branch deletion (workflow editor)", () => {
  for (const [status, keep] of [
    ["Refund issued", "urgent"],
    ["Investigating", null],
  ] as const) {
    it(`keeping ${keep ?? "no path"}: Undo restores the same tree, the branch first`, async () => {
      await actAs("SUPER_ADMIN");
      const { workflowId, branchId } = await branchWithPaths(status);
      const before = await tree(workflowId);
      const deleted = expectOk(
        await deleteWorkflowActionAction({
          workflowId,
          expectedVersion: await versionOf(workflowId),
          actionId: branchId,
          mode: "only",
          keepBranchKey: keep,
        }),
      );
      expect((await slotOf(workflowId)).map(titleOf)).toEqual(
        keep ? ["before", "page", "call", "after"] : ["before", "after"],
      );
      const undone = expectOk(await undoWorkflowDeleteAction({ workflowId, expectedVersion: deleted.version }));
      expect(await tree(workflowId)).toEqual(before);
      // The branch, then the paths' actions that had gone; a kept path was never deleted.
      expect(undone.restoredIds[0]).toBe(branchId);
      const removed = before.filter((a) => a.parentActionId === branchId && a.branchKey !== keep).map((a) => a.id);
      expect([...undone.restoredIds].sort()).toEqual([branchId, ...removed].sort());
    });
  }
});
