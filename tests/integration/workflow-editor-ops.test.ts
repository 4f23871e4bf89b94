// Issue 6: the workflow editor's changes as an admin (persisted, one revision each, who/when),
// as an agent (403, nothing written) and below the Professional plan (refused, admins included).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  addWorkflowActionAction,
  deleteWorkflowActionAction,
  restoreRevisionAction,
  unenrollTicketAction,
  updateWorkflowActionAction,
  updateWorkflowSettingsAction,
} from "@/lib/automate/workflow-editor-actions";
import { createWorkflowAction } from "@/lib/automate/create-workflow-action";
import { addActionCommentAction, listActionCommentsAction } from "@/lib/automate/status-action-actions";
import { NONE_MET_BRANCH_KEY } from "@/lib/workflows/run";
import { actAs, userIdOf } from "../support/users";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
import { aTicket } from "../support/engine-fixtures";
import { enroll } from "./workflow-run-fixtures";
import {
  add,
  seededStatus,
  newWorkflow,
  refundBranch,
  revisionsOf,
  slotOf,
  task,
  titleOf,
  versionOf,
} from "./workflow-editor-fixtures";

const settingsOf = async (workflowId: string, patch: Record<string, unknown> = {}) => {
  const w = await db.workflow.findUniqueOrThrow({ where: { id: workflowId } });
  return {
    workflowId,
    expectedVersion: w.version,
    name: w.name,
    description: w.description,
    enabled: w.enabled,
    timeZone: w.timeZone ?? "",
    unenrollOnLeave: w.unenrollOnLeave,
    reenrollment: w.reenrollment,
    trigger: w.trigger,
    statusId: w.statusId,
    enrollmentFilterGroups: w.enrollmentFilterGroups as never,
    ...patch,
  } as Parameters<typeof updateWorkflowSettingsAction>[0];
};

describe("as an admin", () => {
  it("inserts at a position, into a branch path, and writes a revision per save with its author", async () => {
    await actAs("ACCOUNT_ADMIN");
    const { workflowId } = await newWorkflow("Investigating");
    await add(workflowId, task("first"));
    await add(workflowId, task("third"));
    await add(workflowId, task("second"), 1);
    const branchId = await add(workflowId, refundBranch);
    await add(workflowId, task("page"), 0, { parentActionId: branchId, branchKey: "urgent" });
    await add(workflowId, task("triage"), 0, { parentActionId: branchId, branchKey: NONE_MET_BRANCH_KEY });
    expect((await slotOf(workflowId)).map((a) => titleOf(a) ?? a.type)).toEqual(["first", "second", "third", "BRANCH"]);
    expect((await slotOf(workflowId, branchId, "urgent")).map(titleOf)).toEqual(["page"]);
    const revisions = await revisionsOf(workflowId);
    expect(revisions.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(revisions.at(-1)!.authorId).toBe(await userIdOf("ACCOUNT_ADMIN"));
  });

  it("saves settings, edits an action, refuses a stale version", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Received");
    const actionId = await add(workflowId, { type: "delay", minutes: 5 });
    const filters = [[{ property: "source", operator: "is_any_of", value: ["CHAT"] }]];
    const settings = await settingsOf(workflowId, {
      name: "Renamed",
      enabled: true,
      timeZone: "Europe/Paris",
      unenrollOnLeave: true,
      reenrollment: false,
      enrollmentFilterGroups: filters,
    });
    expectOk(await updateWorkflowSettingsAction(settings));
    expect(await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).toMatchObject({
      name: "Renamed",
      enabled: true,
      timeZone: "Europe/Paris",
      unenrollOnLeave: true,
      reenrollment: false,
      enrollmentFilterGroups: filters,
    });
    expectFailure(await updateWorkflowSettingsAction(settings), "CONFLICT", 409);
    expectOk(
      await updateWorkflowActionAction({
        workflowId,
        expectedVersion: await versionOf(workflowId),
        actionId,
        action: { type: "delay", minutes: 90 },
      }),
    );
    expect((await slotOf(workflowId))[0]!.config).toEqual({ minutes: 90 });
    expect((await revisionsOf(workflowId)).at(-1)!.snapshot).toMatchObject({
      settings: { name: "Renamed" },
      actions: [{ config: { minutes: 90 } }],
    });
  });

  it('keeps "unenroll when the ticket leaves the status" only for a status trigger: an event trigger stores false', async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Declined");
    expectOk(await updateWorkflowSettingsAction(await settingsOf(workflowId, { unenrollOnLeave: true })));
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).unenrollOnLeave).toBe(true);
    expectOk(
      await updateWorkflowSettingsAction(
        await settingsOf(workflowId, { trigger: "TICKET_CREATED", statusId: null, unenrollOnLeave: true }),
      ),
    );
    expect(await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).toMatchObject({
      trigger: "TICKET_CREATED",
      statusId: null,
      unenrollOnLeave: false,
    });
  });

  it("refuses an unknown time zone of delays with the field's path (the account's own refinement), and takes \"\" as the account's", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("New");
    const error = expectFailure(
      await updateWorkflowSettingsAction(await settingsOf(workflowId, { timeZone: "Mars/Olympus" })),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ["timeZone"], message: "Choose a time zone from the list" }),
    ]);
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).timeZone).toBeNull();
    expectOk(await updateWorkflowSettingsAction(await settingsOf(workflowId, { timeZone: "Asia/Tokyo" })));
    expectOk(await updateWorkflowSettingsAction(await settingsOf(workflowId, { timeZone: "" })));
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).timeZone).toBeNull();
  });

  it("deletes only a branch keeping one path's actions in its place, or an action and all following", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Refund issued");
    await add(workflowId, task("before"));
    const branchId = await add(workflowId, refundBranch);
    await add(workflowId, task("after"));
    await add(workflowId, task("page"), 0, { parentActionId: branchId, branchKey: "urgent" });
    await add(workflowId, task("call"), 1, { parentActionId: branchId, branchKey: "urgent" });
    await add(workflowId, task("triage"), 0, { parentActionId: branchId, branchKey: NONE_MET_BRANCH_KEY });
    expectOk(
      await deleteWorkflowActionAction({
        workflowId,
        expectedVersion: await versionOf(workflowId),
        actionId: branchId,
        mode: "only",
        keepBranchKey: "urgent",
      }),
    );
    const top = await slotOf(workflowId);
    expect(top.map(titleOf)).toEqual(["before", "page", "call", "after"]);
    expect(top.map((a) => a.position)).toEqual([0, 1, 2, 3]);
    expect(await db.workflowAction.count({ where: { workflowId } })).toBe(4);
    expectOk(
      await deleteWorkflowActionAction({
        workflowId,
        expectedVersion: await versionOf(workflowId),
        actionId: top[1]!.id,
        mode: "following",
      }),
    );
    expect((await slotOf(workflowId)).map(titleOf)).toEqual(["before"]);
  });

  it("restores an earlier revision as a new revision, and unenrols a ticket cancelling its pending step", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Declined");
    await add(workflowId, task("one"));
    const withOne = (await revisionsOf(workflowId)).at(-1)!;
    await add(workflowId, task("two"));
    const restored = expectOk(
      await restoreRevisionAction({ workflowId, expectedVersion: await versionOf(workflowId), revisionId: withOne.id }),
    );
    expect((await slotOf(workflowId)).map(titleOf)).toEqual(["one"]);
    expect((await revisionsOf(workflowId)).at(-1)!.version).toBe(restored.version);

    const ticket = await aTicket("Received", {}, "Billing & Refunds");
    const enrollmentId = await enroll(ticket.id, workflowId);
    const result = expectOk(await unenrollTicketAction({ enrollmentId }));
    expect(result.cancelledJobs).toBe(1);
    expect(await db.workflowEnrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).toMatchObject({
      state: "UNENROLLED",
    });
    expect(await db.job.count({ where: { enrollmentId, state: "PENDING" } })).toBe(0);
    expectFailure(await unenrollTicketAction({ enrollmentId }), "CONFLICT", 409);
  });
});

describe("comments", () => {
  it("work on any action of the editor's tree, as on the Automate tab (a branch path's action too)", async () => {
    await actAs("ACCOUNT_ADMIN");
    const { workflowId } = await newWorkflow("Closed");
    const branchId = await add(workflowId, refundBranch);
    const childId = await add(workflowId, task("page"), 0, { parentActionId: branchId, branchKey: "urgent" });
    expectOk(await addActionCommentAction({ actionId: childId, body: "Is paging too much?" }));
    await actAs("AGENT");
    expectOk(await addActionCommentAction({ actionId: childId, body: "Agents may discuss" }));
    expect(expectOk(await listActionCommentsAction({ actionId: childId })).map((c) => c.body)).toEqual([
      "Is paging too much?",
      "Agents may discuss",
    ]);
  });
});

describe("refusals", () => {
  async function everyChange(workflowId: string): Promise<(() => Promise<ActionResult<unknown>>)[]> {
    const expectedVersion = await versionOf(workflowId);
    const [actionId] = (await slotOf(workflowId)).map((a) => a.id);
    const revisionId = (await revisionsOf(workflowId))[0]!.id;
    const status = await seededStatus("New");
    const ticket = await aTicket("Received", {}, "Billing & Refunds");
    const enrollmentId = await enroll(ticket.id, workflowId);
    return [
      () => createWorkflowAction({ name: "x", ...{ pipelineId: status.pipelineId, statusId: status.id } }),
      async () => updateWorkflowSettingsAction(await settingsOf(workflowId, { name: "Nope" })),
      () =>
        addWorkflowActionAction({
          workflowId,
          expectedVersion,
          index: 0,
          parentActionId: null,
          branchKey: null,
          action: task("nope"),
        }),
      () => updateWorkflowActionAction({ workflowId, expectedVersion, actionId: actionId!, action: task("nope") }),
      () => deleteWorkflowActionAction({ workflowId, expectedVersion, actionId: actionId!, mode: "only" }),
      () => restoreRevisionAction({ workflowId, expectedVersion, revisionId }),
      () => unenrollTicketAction({ enrollmentId }),
    ];
  }
  const counts = async () => [
    await db.workflow.count(),
    await db.workflowAction.count(),
    await db.workflowRevision.count(),
    await db.workflowEnrollment.count({ where: { state: "ACTIVE" } }),
    await db.settingsChange.count(),
    await db.job.count({ where: { state: "CANCELLED" } }),
  ];

  const cases = [
    ["an agent", "AGENT", "ENTERPRISE", "FORBIDDEN", "Waiting on us"],
    ["an account admin on Starter", "ACCOUNT_ADMIN", "STARTER", "PLAN_REQUIRED", "Waiting on contact"],
  ] as const;
  it.each(cases)(
    "%s: every change is refused on the server and nothing is written",
    async (_who, role, plan, code, statusLabel) => {
      await actAs("SUPER_ADMIN");
      const { workflowId } = await newWorkflow(statusLabel);
      await add(workflowId, task("kept"));
      const changes = await everyChange(workflowId);
      await actAs(role);
      await setPlan(plan);
      const before = await counts();
      for (const change of changes) expectFailure(await change(), code, 403);
      expect(await counts()).toEqual(before);
      expect((await slotOf(workflowId)).map(titleOf)).toEqual(["kept"]);
      await setPlan("ENTERPRISE");
    },
  );
});
