// SPEC §5: "+" on a status lane adds an action (server action addStatusActionAction).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TAction } from "@/lib/workflows/action-types/registry";
import { addStatusActionAction } from "@/lib/automate/status-action-actions";
import { actAs } from "../support/users";
import {
  chain,
  delay,
  expectContiguous,
  expectFailure,
  expectOk,
  historyOf,
  internalEmail,
  lane,
  sendEmail,
} from "../support/status-actions";

describe("adding a status action", () => {
  it("as a super admin appends it, bumps the version and records the chain before → after", async () => {
    await actAs("SUPER_ADMIN");
    const received = await lane("Received");
    const data = expectOk(
      await addStatusActionAction({ ...received, expectedVersion: received.version, action: internalEmail() }),
    );
    expect(data.version).toBe(received.version + 1);
    const stored = await chain(data.workflowId);
    expect(stored.map((a) => a.type)).toEqual(["SEND_INTERNAL_EMAIL"]);
    expect(stored[0]!.config).toEqual({
      to: { userIds: [], teamIds: [], owner: true },
      subject: internalEmail().subject,
      body: internalEmail().body,
    });
    const [change] = await historyOf(data.workflowId);
    expect(change).toMatchObject({
      field: "actions",
      scope: `pipeline:${received.pipelineId}`,
      actorName: "Sam Super",
      before: [],
    });
    expect(change!.after).toEqual([internalEmail()]);
  });

  it("inserts at an index and keeps positions contiguous", async () => {
    await actAs("ACCOUNT_ADMIN");
    let investigating = await lane("Investigating");
    for (const action of [sendEmail(), delay(5), delay(10)]) {
      expectOk(await addStatusActionAction({ ...investigating, expectedVersion: investigating.version, action }));
      investigating = await lane("Investigating");
    }
    expectOk(
      await addStatusActionAction({
        ...investigating,
        expectedVersion: investigating.version,
        action: delay(1),
        index: 1,
      }),
    );
    const stored = await chain(investigating.workflowId!);
    expectContiguous(stored);
    expect(stored.map((a) => (a.config as { minutes?: number }).minutes ?? a.type)).toEqual(["SEND_EMAIL", 1, 5, 10]);
  });

  it("stores every action type with its typed config", async () => {
    await actAs("SUPER_ADMIN");
    const user = await db.user.findFirstOrThrow({ where: { email: "jordan@example.com" }, select: { id: true } });
    const team = await db.team.findFirstOrThrow({ select: { id: true } });
    const survey = await db.emailTemplate.findFirstOrThrow({ where: { key: null }, select: { id: true } });
    const actions: TAction[] = [
      sendEmail(survey.id),
      { type: "delay", untilWeekday: 1, atTime: "09:00" },
      {
        type: "branch",
        branches: [
          { key: "urgent", label: "Urgent", conditions: [{ property: "priority", operator: "is", value: "URGENT" }] },
        ],
      },
      { type: "set_property", property: "priority", value: "HIGH" },
      { type: "create_task", title: "Call back", notes: "", assignTo: { userId: user.id }, dueInMinutes: 120 },
      { type: "assign_owner", rotateAmongTeamId: team.id },
      { type: "webhook", url: "https://hooks.example/refund", method: "POST" },
    ];
    for (const action of actions) {
      const declined = await lane("Declined");
      expectOk(await addStatusActionAction({ ...declined, expectedVersion: declined.version, action }));
    }
    const stored = await chain((await lane("Declined")).workflowId!);
    // A webhook's config also names its own signing secret (webhook-secrets.test.ts).
    expect(stored.map(({ type, config }) => ({ ...(config as object), type }))).toEqual(
      actions.map((a) => ({
        ...a,
        type: a.type.toUpperCase(),
        ...(a.type === "webhook" ? { secretId: expect.any(String) } : {}),
      })),
    );
  });

  it("creates the status's workflow on the first add when it has none", async () => {
    await actAs("SUPER_ADMIN");
    const refund = await lane("Refund issued");
    await db.workflow.delete({ where: { id: refund.workflowId! } });
    const data = expectOk(
      await addStatusActionAction({ ...refund, expectedVersion: 0, action: sendEmail("ticket_closed") }),
    );
    const workflow = await db.workflow.findUniqueOrThrow({ where: { id: data.workflowId } });
    expect(workflow).toMatchObject({
      kind: "STATUS_ACTIONS",
      trigger: "STATUS_ENTERED",
      statusId: refund.statusId,
      version: 1,
      name: "Billing & Refunds: Refund issued",
    });
    expect((await chain(workflow.id)).length).toBe(1);
  });

  it("as an agent is refused with 403 and writes nothing", async () => {
    const received = await lane("Received");
    const before = { chain: await chain(received.workflowId!), history: await db.settingsChange.count() };
    await actAs("AGENT");
    expectFailure(
      await addStatusActionAction({ ...received, expectedVersion: received.version, action: sendEmail() }),
      "FORBIDDEN",
      403,
    );
    expect(await chain(received.workflowId!)).toEqual(before.chain);
    expect(await db.settingsChange.count()).toBe(before.history);
    expect((await lane("Received")).version).toBe(received.version);
  });

  it("signed out is refused with 401", async () => {
    const received = await lane("Received");
    await actAs(null);
    expectFailure(
      await addStatusActionAction({ ...received, expectedVersion: received.version, action: sendEmail() }),
      "UNAUTHENTICATED",
      401,
    );
  });

  it("refuses an invalid config with 400 and the field paths, writing nothing", async () => {
    await actAs("SUPER_ADMIN");
    const received = await lane("Received");
    const bad = { ...internalEmail(""), to: { userIds: [], teamIds: [], owner: false } };
    const error = expectFailure(
      await addStatusActionAction({ ...received, expectedVersion: received.version, action: bad }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["action", "to"],
        ["action", "subject"],
      ]),
    );
    expect(error.issues.find((i) => i.path.join(".") === "action.subject")?.message).toBe("Subject is required");
    expect((await lane("Received")).version).toBe(received.version);
  });

  it("refuses ids that do not exist with 400 at their path", async () => {
    await actAs("SUPER_ADMIN");
    const received = await lane("Received");
    const action = { ...internalEmail(), to: { userIds: ["no-such-user"], teamIds: [], owner: false } };
    const error = expectFailure(
      await addStatusActionAction({ ...received, expectedVersion: received.version, action }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues).toEqual([expect.objectContaining({ path: ["action", "to", "userIds", 0] })]);
    const unknownTemplate = expectFailure(
      await addStatusActionAction({ ...received, expectedVersion: received.version, action: sendEmail("ticket_lost") }),
      "BAD_REQUEST",
      400,
    );
    expect(unknownTemplate.issues[0]!.path).toEqual(["action", "template"]);
  });

  it("refuses a stale version with CONFLICT, and of two concurrent adds exactly one wins", async () => {
    await actAs("SUPER_ADMIN");
    const received = await lane("Received");
    const stale = expectFailure(
      await addStatusActionAction({ ...received, expectedVersion: received.version - 1, action: sendEmail() }),
      "CONFLICT",
      409,
    );
    expect(stale.message).toBe("This was changed by someone else — reload to see the latest.");
    const results = await Promise.all(
      [sendEmail(), delay()].map((action) =>
        addStatusActionAction({ ...received, expectedVersion: received.version, action }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === "CONFLICT")).toHaveLength(1);
    expectContiguous(await chain(received.workflowId!));
  });

  it("refuses a status of another pipeline with 404", async () => {
    await actAs("SUPER_ADMIN");
    const received = await lane("Received");
    const other = await db.pipelineStatus.findFirstOrThrow({
      where: { pipeline: { name: "Support Pipeline" } },
      select: { id: true },
    });
    expectFailure(
      await addStatusActionAction({ ...received, statusId: other.id, expectedVersion: 0, action: sendEmail() }),
      "NOT_FOUND",
      404,
    );
  });
});
