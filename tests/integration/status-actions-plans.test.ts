// SPEC §6 for status actions: Starter and above may use them at all; the workflow actions
// (delay, branch, set property, task, owner, webhook) need Professional. The server refuses.
import { afterEach, describe, expect, it } from "vitest";
import {
  addStatusActionAction,
  deleteStatusActionAction,
  updateStatusActionAction,
} from "@/lib/automate/status-action-actions";
import { actAs } from "../support/users";
import { chain, delay, expectFailure, expectOk, lane, sendEmail, setPlan } from "../support/status-actions";

afterEach(() => setPlan("ENTERPRISE"));

async function addTo(action: Parameters<typeof addStatusActionAction>[0]["action"]) {
  const received = await lane("Received");
  return addStatusActionAction({ ...received, expectedVersion: received.version, action });
}

describe("plans", () => {
  it("Starter: email actions are allowed, a Professional action is refused with PLAN_REQUIRED and nothing written", async () => {
    await actAs("SUPER_ADMIN");
    await setPlan("STARTER");
    expectOk(await addTo(sendEmail()));
    const before = await lane("Received");
    const error = expectFailure(await addTo(delay()), "PLAN_REQUIRED", 403);
    expect(error.message).toContain("Professional");
    expect(await lane("Received")).toEqual(before);
    expect((await chain(before.workflowId!)).map((a) => a.type)).toEqual(["SEND_EMAIL"]);
  });

  it("Starter: an existing Professional action cannot be edited, but can be deleted", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await lane("Received");
    expectOk(await addTo(delay(15)));
    await setPlan("STARTER");
    const [, delayAction] = await chain(workflowId!);
    const current = await lane("Received");
    expectFailure(
      await updateStatusActionAction({
        actionId: delayAction!.id,
        expectedVersion: current.version,
        action: delay(30),
      }),
      "PLAN_REQUIRED",
      403,
    );
    expectOk(
      await deleteStatusActionAction({ actionId: delayAction!.id, expectedVersion: current.version, mode: "only" }),
    );
  });

  it("Free: every status-action change is refused", async () => {
    await actAs("SUPER_ADMIN");
    const [first] = await chain((await lane("Received")).workflowId!);
    await setPlan("FREE");
    const current = await lane("Received");
    expectFailure(await addTo(sendEmail()), "PLAN_REQUIRED", 403);
    expectFailure(
      await updateStatusActionAction({
        actionId: first!.id,
        expectedVersion: current.version,
        action: sendEmail("ticket_closed"),
      }),
      "PLAN_REQUIRED",
      403,
    );
    expectFailure(
      await deleteStatusActionAction({ actionId: first!.id, expectedVersion: current.version, mode: "only" }),
      "PLAN_REQUIRED",
      403,
    );
    expect(await lane("Received")).toEqual(current);
  });

  it("Professional: workflow actions are allowed", async () => {
    await actAs("ACCOUNT_ADMIN");
    await setPlan("PROFESSIONAL");
    expectOk(await addTo({ type: "webhook", url: "https://hooks.example/x", method: "PUT" }));
  });
});
