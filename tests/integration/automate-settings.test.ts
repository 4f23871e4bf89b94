// Automate tab (SPEC §3, §4, §6, §7): the close-date switch and the two email trigger rows,
// called as each role would call the server actions.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  exportAutomationAction,
  importAutomationAction,
  setCloseDateAutomationAction,
  setEmailTriggerAction,
} from "@/lib/automate/settings-actions";
import { DEFAULT_AUTOMATION, readAutomationRow } from "@/lib/automate/automation-settings";
import { getAutomateView } from "@/lib/automate/automate-view";
import { getWorkflowDetail } from "@/lib/automate/workflow-detail";
import { workflowHistoryNames } from "@/lib/automate/history-names";
import { listChanges } from "@/lib/history/list-changes";
import { pipelineScope } from "@/lib/history/record-change";
import { pipelineSnapshotJson, toPipelineSnapshot, type PipelineSnapshotJson } from "@/lib/pipelines/pipeline-snapshot";
import { sql } from "@/lib/db/sql";
import { actAs } from "../support/users";
import { automationSnapshot, automationVersion, forbidden, pipelineNamed } from "../support/automate";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";
import { newId } from "@/lib/db/ids";

/** The page reads as its viewer; these checks read as an admin. */
const ADMIN_VIEWER = { id: "reader", role: "SUPER_ADMIN", active: true } as const;

afterEach(() => setPlan("ENTERPRISE"));

const changesOf = (pipelineId: string) =>
  db.settingsChange.findMany({ where: { scope: `pipeline:${pipelineId}` }, orderBy: { createdAt: "asc" } });

describe("close-date automation (§3)", () => {
  it("turns off and on again, each save moving the version on and recorded in History", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    const version = await automationVersion(support.id);
    expect(
      expectOk(
        await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: version, enabled: false }),
      ),
    ).toEqual({ version: version + 1 });
    const row = await db.pipelineAutomation.findUniqueOrThrow({ where: { pipelineId: support.id } });
    expect(row).toMatchObject({ closeDateAutomation: false, version: version + 1 });
    expect((await changesOf(support.id)).at(-1)).toMatchObject({
      actorName: "Sam Super",
      entityType: "pipeline_automation",
      entityId: support.id,
      field: "closeDateAutomation",
      before: true,
      after: false,
    });

    await actAs("ACCOUNT_ADMIN");
    expectOk(
      await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: version + 1, enabled: true }),
    );
    expect((await changesOf(support.id)).at(-1)).toMatchObject({
      actorName: "Avery Admin",
      before: false,
      after: true,
    });
  });

  it("refuses a stale version with CONFLICT and the reload message, writing nothing", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    const stale = await automationVersion(support.id);
    expectOk(await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: stale, enabled: false }));
    const before = await automationSnapshot();
    const error = expectFailure(
      await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: stale, enabled: true }),
      "CONFLICT",
      409,
    );
    expect(error.message).toBe("This was changed by someone else — reload to see the latest.");
    expect(await automationSnapshot()).toEqual(before);
    expectOk(await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: stale + 1, enabled: true }));
  });

  it("creates the settings row (version 1) for a pipeline that had none", async () => {
    await actAs("SUPER_ADMIN");
    const pipeline = await db.pipeline.create({
      data: {
        id: newId(),
        name: "No settings yet",
        displayOrder: 9,
        statuses: { create: [{ id: newId(), label: "Open", displayOrder: 0 }] },
      },
    });
    expectOk(await setCloseDateAutomationAction({ pipelineId: pipeline.id, expectedVersion: 0, enabled: false }));
    expect(await db.pipelineAutomation.findUniqueOrThrow({ where: { pipelineId: pipeline.id } })).toMatchObject({
      version: 1,
      closeDateAutomation: false,
      emailSentTriggerStatusId: DEFAULT_AUTOMATION.emailSentTrigger.statusId,
    });
    expectFailure(
      await setCloseDateAutomationAction({ pipelineId: pipeline.id, expectedVersion: 0, enabled: true }),
      "CONFLICT",
      409,
    );
  });

  it("is on every plan, Free included", async () => {
    await actAs("SUPER_ADMIN");
    await setPlan("FREE");
    const support = await pipelineNamed("Support Pipeline");
    const version = await automationVersion(support.id);
    expectOk(await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: version, enabled: false }));
    expectOk(
      await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: version + 1, enabled: true }),
    );
  });
});

describe("email trigger rows (§4)", () => {
  it("changes a trigger's status and turns it off; History has only the fields that changed", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    const version = await automationVersion(support.id);
    const setting = { enabled: true, statusId: support.status("New") };
    const recorded = (await changesOf(support.id)).length;
    expectOk(
      await setEmailTriggerAction({
        pipelineId: support.id,
        expectedVersion: version,
        trigger: "customerReplyTrigger",
        setting,
      }),
    );
    expect((await readAutomationRow(db, support.id)).settings).toMatchObject({
      customerReplyTrigger: { enabled: true, statusId: support.status("New") },
      emailSentTrigger: { enabled: true },
    });
    const added = (await changesOf(support.id)).slice(recorded);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      field: "customerReplyTrigger.statusId",
      before: support.status("Waiting on us"),
      after: support.status("New"),
    });

    const off = { enabled: false, statusId: support.status("New") };
    expectOk(
      await setEmailTriggerAction({
        pipelineId: support.id,
        expectedVersion: version + 1,
        trigger: "customerReplyTrigger",
        setting: off,
      }),
    );
    expect((await changesOf(support.id)).at(-1)).toMatchObject({
      field: "customerReplyTrigger.enabled",
      before: true,
      after: false,
    });
  });

  it("turns a trigger on as its workflow (View workflow): the checkbox is the workflow's enabled", async () => {
    await actAs("SUPER_ADMIN");
    const billing = await pipelineNamed("Billing & Refunds");
    // Made with the pipeline (here by the seed), not by opening the page.
    const ids = (await readAutomationRow(db, billing.id)).workflowIds;
    const workflows = await db.workflow.findMany({
      where: { id: { in: Object.values(ids) } },
      select: { kind: true, trigger: true, enabled: true },
    });
    expect(workflows).toEqual(
      expect.arrayContaining([
        { kind: "EMAIL_SENT_TRIGGER", trigger: "EMAIL_SENT_FROM_TICKET", enabled: false },
        { kind: "CUSTOMER_REPLY_TRIGGER", trigger: "CUSTOMER_REPLY", enabled: false },
      ]),
    );
    const setting = { enabled: true, statusId: billing.status("Investigating") };
    expectOk(
      await setEmailTriggerAction({
        pipelineId: billing.id,
        expectedVersion: await automationVersion(billing.id),
        trigger: "emailSentTrigger",
        setting,
      }),
    );
    expect(
      await db.workflow.findUniqueOrThrow({ where: { id: ids.emailSentTrigger }, select: { enabled: true } }),
    ).toEqual({ enabled: true });
    expect(
      await db.workflow.findUniqueOrThrow({ where: { id: ids.customerReplyTrigger }, select: { enabled: true } }),
    ).toEqual({ enabled: false });
  });

  it("refuses a status of another pipeline (400, with the path) and a trigger turned on without a status", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    const billing = await pipelineNamed("Billing & Refunds");
    const expectedVersion = await automationVersion(support.id);
    const before = await automationSnapshot();
    const foreign = { enabled: true, statusId: billing.status("Received") };
    const error = expectFailure(
      await setEmailTriggerAction({
        pipelineId: support.id,
        expectedVersion,
        trigger: "emailSentTrigger",
        setting: foreign,
      }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues).toEqual([expect.objectContaining({ path: ["emailSentTrigger", "statusId"] })]);
    const missing = expectFailure(
      await setEmailTriggerAction({
        pipelineId: support.id,
        expectedVersion,
        trigger: "emailSentTrigger",
        setting: { enabled: true, statusId: null },
      }),
      "BAD_REQUEST",
      400,
    );
    expect(missing.issues).toEqual([
      expect.objectContaining({ path: ["setting", "statusId"], message: "Choose the status to move the ticket to" }),
    ]);
    expect(await automationSnapshot()).toEqual(before);
  });

  it("needs Starter: on Free a trigger change is refused with PLAN_REQUIRED and nothing is written", async () => {
    await actAs("SUPER_ADMIN");
    const support = await pipelineNamed("Support Pipeline");
    await setPlan("FREE");
    const before = await automationSnapshot();
    const setting = { enabled: false, statusId: support.status("Waiting on contact") };
    const input = {
      pipelineId: support.id,
      expectedVersion: await automationVersion(support.id),
      trigger: "emailSentTrigger" as const,
      setting,
    };
    const error = expectFailure(await setEmailTriggerAction(input), "PLAN_REQUIRED", 403);
    expect(error.message).toBe("Updating ticket status based on emails needs the Starter plan or above.");
    expect(await automationSnapshot()).toEqual(before);
    await setPlan("STARTER");
    expectOk(await setEmailTriggerAction(input));
  });
});

describe("each trigger's on/off is stored once", () => {
  it("the trigger workflow's enabled is what the tab, the automation document, the workflow view and the engine read", async () => {
    await actAs("SUPER_ADMIN");
    const billing = await pipelineNamed("Billing & Refunds");
    const { workflowIds } = await readAutomationRow(db, billing.id);
    for (const enabled of [true, false]) {
      await db.workflow.update({ where: { id: workflowIds.customerReplyTrigger }, data: { enabled } });
      const view = await getAutomateView(billing.id, ADMIN_VIEWER);
      expect(view?.settings.customerReplyTrigger.enabled).toBe(enabled);
      const document = expectOk(await exportAutomationAction({ pipelineId: billing.id }));
      expect(document.customerReplyTrigger.enabled).toBe(enabled);
      expect((await getWorkflowDetail(workflowIds.customerReplyTrigger))?.enabled).toBe(enabled);
      const [{ pipeline }] = await db.$queryRaw<[{ pipeline: PipelineSnapshotJson }]>`
        SELECT ${pipelineSnapshotJson(sql`${billing.id}`)} AS pipeline`;
      expect(toPipelineSnapshot(pipeline).automation.customerReplyTrigger.enabled).toBe(enabled);
    }
  });

  it("opening the Automate tab writes nothing, even for a pipeline without its settings row", async () => {
    await actAs("SUPER_ADMIN");
    const pipeline = await db.pipeline.create({
      data: {
        id: newId(),
        name: "Never opened",
        displayOrder: 8,
        statuses: { create: [{ id: newId(), label: "Open", displayOrder: 0 }] },
      },
    });
    const before = await automationSnapshot();
    // What the page (app/(app)/settings/objects/tickets/pipelines/[pipelineId]/automate) reads.
    const view = await getAutomateView(pipeline.id, ADMIN_VIEWER);
    await Promise.all([listChanges(pipelineScope(pipeline.id), ADMIN_VIEWER), workflowHistoryNames(pipeline.id)]);
    expect(view).toMatchObject({ version: 0, settings: DEFAULT_AUTOMATION });
    expect(await automationSnapshot()).toEqual(before);
    expect(await db.workflow.count({ where: { pipelineId: pipeline.id } })).toBe(0);
  });
});

describe("who may change the Automate tab (§6 roles)", () => {
  it("refuses an agent every server action with 403 FORBIDDEN and writes nothing", async () => {
    const support = await pipelineNamed("Support Pipeline");
    await actAs("SUPER_ADMIN");
    const document = expectOk(await exportAutomationAction({ pipelineId: support.id }));
    await actAs("AGENT");
    const before = await automationSnapshot();
    const expectedVersion = await automationVersion(support.id);
    const calls = [
      () => setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion, enabled: false }),
      () =>
        setEmailTriggerAction({
          pipelineId: support.id,
          expectedVersion,
          trigger: "emailSentTrigger",
          setting: { enabled: false, statusId: null },
        }),
      () => exportAutomationAction({ pipelineId: support.id }),
      () => importAutomationAction({ pipelineId: support.id, document: { ...document, closeDateAutomation: false } }),
    ];
    for (const call of calls) expect(await call()).toEqual(forbidden);
    expect(await automationSnapshot()).toEqual(before);
  });

  it("refuses anonymous callers with 401", async () => {
    await actAs(null);
    const support = await pipelineNamed("Support Pipeline");
    const result = await setCloseDateAutomationAction({ pipelineId: support.id, expectedVersion: 1, enabled: false });
    expect(result).toMatchObject({ ok: false, error: { status: 401, code: "UNAUTHENTICATED" } });
  });
});
