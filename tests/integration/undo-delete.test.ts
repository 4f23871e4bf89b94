// Issue 15 item 4: Undo after deleting bubbles puts back exactly what went — the same ids,
// settings and order — and only while nothing else changed the workflow since.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addStatusActionAction,
  deleteStatusActionAction,
  undoStatusActionDeleteAction,
  updateStatusActionAction,
} from "@/lib/automate/status-action-actions";
import { actAs } from "../support/users";
import { chain, delay, expectFailure, expectOk, lane, sendEmail } from "../support/status-actions";

async function fourActions() {
  await actAs("SUPER_ADMIN");
  const start = await lane("Investigating");
  await db.workflowAction.deleteMany({ where: { workflowId: start.workflowId! } });
  for (const action of [sendEmail(), delay(1), delay(2), delay(3)]) {
    const current = await lane("Investigating");
    expectOk(await addStatusActionAction({ ...current, expectedVersion: current.version, action }));
  }
  const current = await lane("Investigating");
  return { ...current, actions: await chain(current.workflowId!) };
}

const shape = (actions: Awaited<ReturnType<typeof chain>>) =>
  actions.map(({ id, type, config, position }) => ({ id, type, config, position }));

let start: Awaited<ReturnType<typeof fourActions>>;
beforeEach(async () => {
  start = await fourActions();
});

describe("undo of a deletion", () => {
  it("restores 'this and all following' exactly: ids, settings, order", async () => {
    const deleted = expectOk(
      await deleteStatusActionAction({
        actionId: start.actions[1]!.id,
        expectedVersion: start.version,
        mode: "following",
      }),
    );
    expect(await chain(start.workflowId!)).toHaveLength(1);
    const undone = expectOk(
      await undoStatusActionDeleteAction({ workflowId: start.workflowId!, expectedVersion: deleted.version }),
    );
    expect(undone.restoredIds).toEqual(start.actions.slice(1).map((a) => a.id));
    expect(shape(await chain(start.workflowId!))).toEqual(shape(start.actions));
  });

  it("is refused once the workflow changed after the deletion, and for anything but a deletion", async () => {
    const deleted = expectOk(
      await deleteStatusActionAction({ actionId: start.actions[3]!.id, expectedVersion: start.version, mode: "only" }),
    );
    const edited = expectOk(
      await updateStatusActionAction({
        actionId: start.actions[1]!.id,
        expectedVersion: deleted.version,
        action: delay(90),
      }),
    );
    expectFailure(
      await undoStatusActionDeleteAction({ workflowId: start.workflowId!, expectedVersion: deleted.version }),
      "CONFLICT",
      409,
    );
    // The last change was an edit, not a deletion: nothing to put back.
    expectFailure(
      await undoStatusActionDeleteAction({ workflowId: start.workflowId!, expectedVersion: edited.version }),
      "CONFLICT",
      409,
    );
    expect(await chain(start.workflowId!)).toHaveLength(3);
  });

  it("refuses an agent", async () => {
    const deleted = expectOk(
      await deleteStatusActionAction({ actionId: start.actions[0]!.id, expectedVersion: start.version, mode: "only" }),
    );
    await actAs("AGENT");
    expectFailure(
      await undoStatusActionDeleteAction({ workflowId: start.workflowId!, expectedVersion: deleted.version }),
      "FORBIDDEN",
      403,
    );
  });
});
