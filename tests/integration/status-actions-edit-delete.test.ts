// SPEC §5: editing a bubble in the side panel, and the delete icon's two choices.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addStatusActionAction,
  deleteStatusActionAction,
  updateStatusActionAction,
} from "@/lib/automate/status-action-actions";
import { actAs } from "../support/users";
import {
  chain,
  delay,
  expectContiguous,
  expectFailure,
  expectOk,
  historyOf,
  lane,
  sendEmail,
} from "../support/status-actions";
import { newId } from "@/lib/db/ids";

/** "Investigating" holds exactly: send email, delay 1, delay 2, delay 3. */
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

let lanes: Awaited<ReturnType<typeof fourActions>>;
beforeEach(async () => {
  lanes = await fourActions();
});

const minutesOf = async (workflowId: string) =>
  (await chain(workflowId)).map((a) => (a.config as { minutes?: number }).minutes ?? a.type);

describe("editing a status action", () => {
  it("as a super admin saves the config, bumps the version and records before → after", async () => {
    const target = lanes.actions[1]!;
    const data = expectOk(
      await updateStatusActionAction({ actionId: target.id, expectedVersion: lanes.version, action: delay(90) }),
    );
    expect(data.version).toBe(lanes.version + 1);
    expect(await minutesOf(lanes.workflowId!)).toEqual(["SEND_EMAIL", 90, 2, 3]);
    const last = (await historyOf(lanes.workflowId!)).at(-1)!;
    expect((last.before as unknown[])[1]).toEqual(delay(1));
    expect((last.after as unknown[])[1]).toEqual(delay(90));
  });

  it("refuses to change an action's type with 400 at action.type", async () => {
    const target = lanes.actions[1]!;
    const error = expectFailure(
      await updateStatusActionAction({ actionId: target.id, expectedVersion: lanes.version, action: sendEmail() }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues[0]!.path).toEqual(["action", "type"]);
  });

  it("refuses an invalid config with 400 and its path", async () => {
    const error = expectFailure(
      await updateStatusActionAction({
        actionId: lanes.actions[1]!.id,
        expectedVersion: lanes.version,
        action: delay(0),
      }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues[0]!.path).toEqual(["action", "minutes"]);
  });

  it("as an agent is refused with 403 and writes nothing", async () => {
    const history = await db.settingsChange.count();
    await actAs("AGENT");
    expectFailure(
      await updateStatusActionAction({
        actionId: lanes.actions[1]!.id,
        expectedVersion: lanes.version,
        action: delay(7),
      }),
      "FORBIDDEN",
      403,
    );
    expect(await minutesOf(lanes.workflowId!)).toEqual(["SEND_EMAIL", 1, 2, 3]);
    expect(await db.settingsChange.count()).toBe(history);
  });

  it("refuses a stale version with CONFLICT", async () => {
    expectOk(
      await updateStatusActionAction({
        actionId: lanes.actions[2]!.id,
        expectedVersion: lanes.version,
        action: delay(20),
      }),
    );
    const error = expectFailure(
      await updateStatusActionAction({
        actionId: lanes.actions[3]!.id,
        expectedVersion: lanes.version,
        action: delay(30),
      }),
      "CONFLICT",
      409,
    );
    expect(error.message).toContain("changed by someone else");
    expect(await minutesOf(lanes.workflowId!)).toEqual(["SEND_EMAIL", 1, 20, 3]);
  });

  it("refuses an action of another kind of workflow with 404", async () => {
    const custom = await db.workflow.create({
      data: {
        id: newId(),
        name: "Custom",
        kind: "CUSTOM",
        trigger: "TICKET_CREATED",
        actions: { create: { id: newId(), position: 0, type: "DELAY", config: { minutes: 1 } } },
      },
      select: { actions: { select: { id: true } } },
    });
    expectFailure(
      await updateStatusActionAction({ actionId: custom.actions[0]!.id, expectedVersion: 1, action: delay(2) }),
      "NOT_FOUND",
      404,
    );
  });
});

describe("deleting a status action", () => {
  it('"Delete only this action" removes one bubble and renumbers the rest', async () => {
    const data = expectOk(
      await deleteStatusActionAction({ actionId: lanes.actions[1]!.id, expectedVersion: lanes.version, mode: "only" }),
    );
    expect(data.deletedIds).toEqual([lanes.actions[1]!.id]);
    const stored = await chain(lanes.workflowId!);
    expectContiguous(stored);
    expect(await minutesOf(lanes.workflowId!)).toEqual(["SEND_EMAIL", 2, 3]);
    expect((await historyOf(lanes.workflowId!)).at(-1)!.after).toEqual([sendEmail(), delay(2), delay(3)]);
  });

  it('"Delete this action and all following actions" cuts the chain there', async () => {
    expectOk(
      await deleteStatusActionAction({
        actionId: lanes.actions[1]!.id,
        expectedVersion: lanes.version,
        mode: "following",
      }),
    );
    expect(await minutesOf(lanes.workflowId!)).toEqual(["SEND_EMAIL"]);
    expectContiguous(await chain(lanes.workflowId!));
  });

  it("takes an action's comments with it", async () => {
    const authorId = (await db.user.findFirstOrThrow({ select: { id: true } })).id;
    await db.actionComment.create({ data: { id: newId(), actionId: lanes.actions[3]!.id, authorId, body: "why?" } });
    expectOk(
      await deleteStatusActionAction({ actionId: lanes.actions[3]!.id, expectedVersion: lanes.version, mode: "only" }),
    );
    expect(await db.actionComment.count({ where: { actionId: lanes.actions[3]!.id } })).toBe(0);
  });

  it.each(["only", "following"] as const)("as an agent (%s) is refused with 403 and deletes nothing", async (mode) => {
    await actAs("AGENT");
    expectFailure(
      await deleteStatusActionAction({ actionId: lanes.actions[1]!.id, expectedVersion: lanes.version, mode }),
      "FORBIDDEN",
      403,
    );
    expect(await minutesOf(lanes.workflowId!)).toEqual(["SEND_EMAIL", 1, 2, 3]);
  });

  it("refuses a stale version with CONFLICT and deletes nothing", async () => {
    expectFailure(
      await deleteStatusActionAction({
        actionId: lanes.actions[1]!.id,
        expectedVersion: lanes.version - 1,
        mode: "following",
      }),
      "CONFLICT",
      409,
    );
    expect((await chain(lanes.workflowId!)).length).toBe(4);
  });

  it("says NOT_FOUND for an action that is already gone", async () => {
    expectOk(
      await deleteStatusActionAction({ actionId: lanes.actions[0]!.id, expectedVersion: lanes.version, mode: "only" }),
    );
    expectFailure(
      await deleteStatusActionAction({
        actionId: lanes.actions[0]!.id,
        expectedVersion: lanes.version + 1,
        mode: "only",
      }),
      "NOT_FOUND",
      404,
    );
  });
});
