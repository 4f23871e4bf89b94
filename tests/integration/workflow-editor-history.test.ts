// Issue 6 gaps: editor changes reach the Automate tab's History (who, when, before → after);
// enrollment filters with every property and operator, checked on the server with field paths;
// a revision naming something deleted since is refused, naming it, with nothing changed; an
// email trigger's on/off is the same switch in the editor and on the Automate tab.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pipelineScope } from "@/lib/history/record-change";
import { describeField, describeValue } from "@/components/history/describe-change";
import { addStatusActionAction } from "@/lib/automate/status-action-actions";
import {
  deleteWorkflowActionAction,
  restoreRevisionAction,
  updateWorkflowSettingsAction,
} from "@/lib/automate/workflow-editor-actions";
import { readAutomationRow } from "@/lib/automate/automation-settings";
import { updateAutomationSettings } from "@/lib/automate/save-automation-settings";
import { actAs, userIdOf } from "../support/users";
import { expectFailure, expectOk, internalEmail, lane } from "../support/status-actions";
import { add, newWorkflow, refundBranch, revisionsOf, seededStatus, task, versionOf } from "./workflow-editor-fixtures";
import { newId } from "@/lib/db/ids";

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
const historyOf = (entityId: string) =>
  db.settingsChange.findMany({ where: { entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("History", () => {
  it("a status chain edited in the editor shows on the Automate tab's History as that status's actions", async () => {
    await actAs("SUPER_ADMIN");
    const status = await lane("Declined");
    const before = status.workflowId ? await db.settingsChange.count({ where: { entityId: status.workflowId } }) : 0;
    const { workflowId } = expectOk(
      await addStatusActionAction({
        pipelineId: status.pipelineId,
        statusId: status.statusId,
        expectedVersion: status.version,
        action: internalEmail("Declined"),
      }),
    );
    const branchId = await add(workflowId, refundBranch);
    await add(workflowId, task("call back"), 0, { parentActionId: branchId, branchKey: "urgent" });
    const rows = (
      await db.settingsChange.findMany({
        where: { scope: pipelineScope(status.pipelineId), entityId: workflowId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    ).slice(before);
    // One row from the Automate tab, two from the editor, all the same kind of row.
    expect(rows.map((r) => `${r.entityType}.${r.field}`)).toEqual([
      "status_actions.actions",
      "status_actions.actions",
      "status_actions.actions",
    ]);
    const last = rows.at(-1)!;
    expect(last.actorUserId).toBe(await userIdOf("SUPER_ADMIN"));
    expect(last.actorName).toBeTruthy();
    expect(describeField(last, { [workflowId]: "Declined" })).toBe('Actions when a ticket reaches "Declined"');
    expect(describeValue(last.before, {})).toMatch(/: Declined → If\/then branch \(1 branch\)$/);
    expect(describeValue(last.after, {})).toMatch(
      /: Declined → If\/then branch \(1 branch\) → \[Urgent\] Create task: call back$/,
    );
  });

  it("settings, a deletion and a restore of a custom workflow are recorded field by field, with the restored version", async () => {
    await actAs("ACCOUNT_ADMIN");
    const { workflowId, pipelineId } = await newWorkflow("Refund issued", "Refund follow-up");
    await add(workflowId, task("one"));
    const withOne = (await revisionsOf(workflowId)).at(-1)!;
    const groups = [[{ property: "source", operator: "is_any_of", value: ["CHAT", "MESSENGER"] }]];
    expectOk(
      await updateWorkflowSettingsAction(
        await settingsOf(workflowId, { name: "Refunds", enrollmentFilterGroups: groups, reenrollment: false }),
      ),
    );
    const [actionId] = (await db.workflowAction.findMany({ where: { workflowId } })).map((a) => a.id);
    expectOk(
      await deleteWorkflowActionAction({
        workflowId,
        expectedVersion: await versionOf(workflowId),
        actionId: actionId!,
        mode: "only",
      }),
    );
    expectOk(
      await restoreRevisionAction({ workflowId, expectedVersion: await versionOf(workflowId), revisionId: withOne.id }),
    );

    const rows = await historyOf(workflowId);
    expect(
      rows.every((r) => r.scope === pipelineScope(pipelineId) && r.entityType === "workflow" && r.actorName !== null),
    ).toBe(true);
    const names = { [workflowId]: "Refunds" };
    const read = rows.map(
      (r) => `${describeField(r, names)}: ${describeValue(r.before, names)} → ${describeValue(r.after, names)}`,
    );
    expect(read).toEqual([
      'Workflow "Refunds": actions: No actions → Create task: one',
      'Workflow "Refunds": name: Refund follow-up → Refunds',
      'Workflow "Refunds": enrollment criteria: Source is none of Chat, Facebook Messenger → Source is any of Chat, Facebook Messenger',
      'Workflow "Refunds": re-enrollment: On → Off',
      'Workflow "Refunds": actions: Create task: one → No actions',
      'Workflow "Refunds": name: Refunds → Refund follow-up',
      'Workflow "Refunds": enrollment criteria: Source is any of Chat, Facebook Messenger → Source is none of Chat, Facebook Messenger',
      'Workflow "Refunds": re-enrollment: Off → On',
      'Workflow "Refunds": actions: No actions → Create task: one',
      `Workflow "Refunds": restored an earlier version: — → ${withOne.version}`,
    ]);
  });

  it("an email trigger's on/off is the Automate tab's checkbox, both ways, recorded once", async () => {
    await actAs("SUPER_ADMIN");
    const pipeline = await db.pipeline.findFirstOrThrow({
      where: { name: "Billing & Refunds" },
      select: { id: true, name: true, statuses: { select: { id: true } } },
    });
    const actor = { id: await userIdOf("SUPER_ADMIN"), name: "Super" };
    const row = await readAutomationRow(db, pipeline.id);
    await updateAutomationSettings(actor, {
      pipelineId: pipeline.id,
      expectedVersion: row.version,
      patch: { emailSentTrigger: { enabled: false, statusId: pipeline.statuses[0]!.id } },
    });
    const { emailSentTrigger: workflowId } = (await readAutomationRow(db, pipeline.id)).workflowIds;
    const before = await db.settingsChange.count();
    expectOk(await updateWorkflowSettingsAction(await settingsOf(workflowId, { enabled: true })));
    expect((await readAutomationRow(db, pipeline.id)).settings.emailSentTrigger.enabled).toBe(true);
    const written = await db.settingsChange.findMany({ orderBy: { id: "asc" }, skip: before });
    expect(written.map((r) => [r.entityType, r.field, r.after])).toEqual([
      ["pipeline_automation", "emailSentTrigger.enabled", true],
    ]);

    const now = await readAutomationRow(db, pipeline.id);
    await updateAutomationSettings(actor, {
      pipelineId: pipeline.id,
      expectedVersion: now.version,
      patch: { emailSentTrigger: { ...now.settings.emailSentTrigger, enabled: false } },
    });
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).enabled).toBe(false);
  });
});

describe("enrollment filter groups", () => {
  it("take every property with every operator, stored in the engine's shape, groups in order", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Investigating");
    const agentId = await userIdOf("AGENT");
    const filters = [
      { property: "source", operator: "is", value: "CHAT" },
      { property: "priority", operator: "is_not", value: "LOW" },
      { property: "ownerId", operator: "is_any_of", value: [agentId] },
      { property: "source", operator: "is_none_of", value: ["EMAIL", "FORM"] },
      { property: "ownerId", operator: "is_known", value: "left over from 'is'" },
      { property: "priority", operator: "is_unknown" },
    ];
    const chat = { property: "source", operator: "is", value: "CHAT" };
    expectOk(
      await updateWorkflowSettingsAction(await settingsOf(workflowId, { enrollmentFilterGroups: [filters, [chat]] })),
    );
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).enrollmentFilterGroups).toEqual([
      [
        ...filters.slice(0, 4),
        { property: "ownerId", operator: "is_known", value: null },
        { property: "priority", operator: "is_unknown", value: null },
      ],
      [chat],
    ]);
    expectOk(await updateWorkflowSettingsAction(await settingsOf(workflowId, { enrollmentFilterGroups: [] })));
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflowId } })).enrollmentFilterGroups).toEqual([]);
  });

  it("are refused with the path of each wrong value, unknown owners included", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("New");
    const version = await versionOf(workflowId);
    const bad = [
      { property: "source", operator: "is", value: "FAX" },
      { property: "priority", operator: "is_any_of", value: ["HIGH", "SEVERE"] },
      { property: "ownerId", operator: "is", value: "" },
      { property: "source", operator: "is_none_of", value: [] },
      { property: "status", operator: "is", value: "x" },
    ];
    const error = expectFailure(
      await updateWorkflowSettingsAction(
        await settingsOf(workflowId, {
          enrollmentFilterGroups: [[{ property: "source", operator: "is_known" }], bad, []],
        }),
      ),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining([
        "enrollmentFilterGroups.1.0.value",
        "enrollmentFilterGroups.1.1.value.1",
        "enrollmentFilterGroups.1.2.value",
        "enrollmentFilterGroups.1.3.value",
        "enrollmentFilterGroups.1.4.property",
        "enrollmentFilterGroups.2",
      ]),
    );
    expect(error.issues.find((i) => i.path.join(".") === "enrollmentFilterGroups.2")?.message).toBe(
      "Add a filter to this group or remove the group",
    );
    const tooMany = expectFailure(
      await updateWorkflowSettingsAction(
        await settingsOf(workflowId, {
          enrollmentFilterGroups: Array.from({ length: 11 }, () => [{ property: "source", operator: "is_known" }]),
        }),
      ),
      "BAD_REQUEST",
      400,
    );
    expect(tooMany.issues).toEqual([
      expect.objectContaining({ path: ["enrollmentFilterGroups"], message: "At most 10 filter groups" }),
    ]);
    const unknownOwner = [
      { property: "source", operator: "is_known" },
      { property: "ownerId", operator: "is_none_of", value: [await userIdOf("AGENT"), "no-such-user"] },
    ];
    const refused = expectFailure(
      await updateWorkflowSettingsAction(
        await settingsOf(workflowId, {
          enrollmentFilterGroups: [[{ property: "source", operator: "is_known" }], unknownOwner],
        }),
      ),
      "BAD_REQUEST",
      400,
    );
    expect(refused.issues).toEqual([
      expect.objectContaining({
        path: ["enrollmentFilterGroups", 1, 1, "value", 1],
        message: "This user does not exist",
      }),
    ]);
    expect(await versionOf(workflowId)).toBe(version);
  });
});

describe("restoring a revision", () => {
  it("is refused, naming what was deleted since, and changes nothing", async () => {
    await actAs("SUPER_ADMIN");
    const { workflowId } = await newWorkflow("Received");
    const suffix = crypto.randomUUID().slice(0, 8);
    const user = await db.user.create({
      data: { id: newId(), email: `gone-${suffix}@example.com`, name: "Gone Soon", passwordHash: "x" },
    });
    const team = await db.team.create({ data: { id: newId(), name: `Gone team ${suffix}` } });
    const template = await db.emailTemplate.create({
      data: { id: newId(), name: "Gone email", subject: "s", body: "b" },
    });
    await add(workflowId, { ...internalEmail("Ping"), to: { userIds: [user.id], teamIds: [team.id], owner: false } });
    await add(workflowId, { type: "send_email", template: template.id });
    const old = (await revisionsOf(workflowId)).at(-1)!;
    for (const a of await db.workflowAction.findMany({ where: { workflowId } })) {
      expectOk(
        await deleteWorkflowActionAction({
          workflowId,
          expectedVersion: await versionOf(workflowId),
          actionId: a.id,
          mode: "only",
        }),
      );
    }
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    await db.team.delete({ where: { id: team.id } });
    await db.emailTemplate.delete({ where: { id: template.id } });

    const version = await versionOf(workflowId);
    const counts = async () => [
      await db.workflowAction.count({ where: { workflowId } }),
      (await revisionsOf(workflowId)).length,
      await db.settingsChange.count({ where: { entityId: workflowId } }),
    ];
    const before = await counts();
    const error = expectFailure(
      await restoreRevisionAction({ workflowId, expectedVersion: version, revisionId: old.id }),
      "BAD_REQUEST",
      400,
    );
    expect(error.message).toContain(`Version ${old.version} was not restored`);
    expect(error.message).toContain(": Ping” uses a user who was deleted or deactivated");
    expect(error.message).toContain("uses a team that was deleted");
    expect(error.message).toContain("“Send email: Custom automated email” uses an automated email that was deleted");
    expect(await versionOf(workflowId)).toBe(version);
    expect(await counts()).toEqual(before);
  });
});
