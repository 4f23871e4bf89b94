// Config as code (SPEC §7): export a pipeline's automation as the DESIGN.md document and import
// it back — validated, version-checked, in one transaction, recorded in History.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportAutomationAction, importAutomationAction } from "@/lib/automate/settings-actions";
import { readAutomationDocument } from "@/lib/automate/automation-document";
import type { TAutomationDocument } from "@/lib/automate/automation-document-schema";
import { actAs } from "../support/users";
import { automationSnapshot, pipelineNamed } from "../support/automate";
import { expectFailure, expectOk, setPlan } from "../support/status-actions";

afterEach(() => setPlan("ENTERPRISE"));

const ADMIN_READER = { id: "reader", role: "SUPER_ADMIN", active: true } as const;

async function exported(name: "Support Pipeline" | "Billing & Refunds"): Promise<TAutomationDocument> {
  await actAs("SUPER_ADMIN");
  const pipeline = await pipelineNamed(name);
  return expectOk(await exportAutomationAction({ pipelineId: pipeline.id }));
}

describe("export", () => {
  it("is exactly the DESIGN.md document: settings, both triggers and every status's typed actions", async () => {
    const support = await pipelineNamed("Support Pipeline");
    const doc = await exported("Support Pipeline");
    expect(Object.keys(doc)).toEqual([
      "pipelineId",
      "version",
      "closeDateAutomation",
      "emailSentTrigger",
      "customerReplyTrigger",
      "reopenWindowDays",
      "sla",
      "statusActions",
      "statusEnrollment",
      "rules",
    ]);
    expect(doc).toEqual({
      pipelineId: support.id,
      version: 1,
      closeDateAutomation: true,
      emailSentTrigger: { enabled: true, statusId: support.status("Waiting on contact") },
      customerReplyTrigger: { enabled: true, statusId: support.status("Waiting on us") },
      reopenWindowDays: null,
      sla: { firstReply: null, close: null, businessHours: false },
      statusActions: {
        [support.status("New")]: [{ type: "send_email", template: "ticket_received" }],
        [support.status("Waiting on contact")]: [],
        [support.status("Waiting on us")]: [],
        [support.status("Closed")]: [
          { type: "send_email", template: "ticket_closed" },
          {
            type: "send_internal_email",
            to: { userIds: [], teamIds: [], owner: true },
            subject: "Ticket closed: {{ticket.subject}}",
            body: "{{ticket.subject}} was closed. Priority: {{ticket.priority}}.",
          },
        ],
      },
      statusEnrollment: Object.fromEntries(
        ["New", "Waiting on contact", "Waiting on us", "Closed"].map((label) => [
          support.status(label),
          [[{ property: "source", operator: "is_none_of", value: ["CHAT", "MESSENGER"] }]],
        ]),
      ),
      rules: { createStatusIds: null, preventSkipping: false, preventBackward: false },
    });
  });

  it("answers 404 for a pipeline that does not exist", async () => {
    await actAs("SUPER_ADMIN");
    expectFailure(await exportAutomationAction({ pipelineId: "no-such-pipeline" }), "NOT_FOUND", 404);
  });
});

describe("import", () => {
  it("round-trips: importing the export unchanged changes nothing and records nothing", async () => {
    const doc = await exported("Support Pipeline");
    const before = await automationSnapshot();
    expect(
      expectOk(await importAutomationAction({ pipelineId: doc.pipelineId, document: JSON.parse(JSON.stringify(doc)) })),
    ).toEqual({ version: doc.version });
    expect(await automationSnapshot()).toEqual(before);
  });

  it("applies settings and chains together, bumps the version once, records each change, and exports what it imported", async () => {
    const doc = await exported("Billing & Refunds");
    const billing = await pipelineNamed("Billing & Refunds");
    const changesBefore = await db.settingsChange.count({ where: { scope: `pipeline:${billing.id}` } });
    const edited: TAutomationDocument = {
      ...doc,
      closeDateAutomation: false,
      customerReplyTrigger: { enabled: true, statusId: billing.status("Investigating") },
      statusActions: {
        ...doc.statusActions,
        [billing.status("Received")]: [
          { type: "send_email", template: "ticket_received" },
          { type: "delay", minutes: 30 },
        ],
        [billing.status("Declined")]: [{ type: "set_property", property: "priority", value: "high" }],
      },
    };
    expect(expectOk(await importAutomationAction({ pipelineId: billing.id, document: edited }))).toEqual({
      version: doc.version + 1,
    });
    const after = await readAutomationDocument(billing.id, ADMIN_READER);
    expect(after).toEqual({ ...edited, version: doc.version + 1 });

    const changes = await db.settingsChange.findMany({
      where: { scope: `pipeline:${billing.id}` },
      orderBy: { id: "asc" },
      skip: changesBefore,
    });
    expect(changes.map((c) => c.field).sort()).toEqual([
      "actions",
      "actions",
      "closeDateAutomation",
      "customerReplyTrigger.enabled",
    ]);
    expect(changes.every((c) => c.actorName === "Sam Super")).toBe(true);
    const receivedChain = changes.find((c) => c.field === "actions" && Array.isArray(c.after) && c.after.length === 2);
    expect(receivedChain).toMatchObject({
      entityType: "status_actions",
      before: [],
      after: edited.statusActions[billing.status("Received")],
    });
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const doc = await exported("Billing & Refunds");
    expectOk(
      await importAutomationAction({
        pipelineId: doc.pipelineId,
        document: { ...doc, closeDateAutomation: !doc.closeDateAutomation },
      }),
    );
    const before = await automationSnapshot();
    const error = expectFailure(
      await importAutomationAction({ pipelineId: doc.pipelineId, document: { ...doc, statusActions: {} } }),
      "CONFLICT",
      409,
    );
    expect(error.message).toBe("This was changed by someone else — reload to see the latest.");
    expect(await automationSnapshot()).toEqual(before);
  });

  it("refuses an invalid file with 400 and every reason's path, and changes nothing", async () => {
    const doc = await exported("Support Pipeline");
    const billing = await pipelineNamed("Billing & Refunds");
    const newStatus = Object.keys(doc.statusActions)[0]!;
    const before = await automationSnapshot();
    const shapeErrors = expectFailure(
      await importAutomationAction({
        pipelineId: doc.pipelineId,
        document: {
          ...doc,
          version: "three",
          closeDateAutomation: "yes",
          emailSentTrigger: { enabled: true, statusId: null },
          statusActions: {
            [newStatus]: [
              { type: "send_sms", to: "+1" },
              { type: "delay", minutes: -5 },
            ],
          },
          extra: 1,
        },
      }),
      "BAD_REQUEST",
      400,
    );
    expect(shapeErrors.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["version"],
        ["closeDateAutomation"],
        ["emailSentTrigger", "statusId"],
        ["statusActions", newStatus, 0],
        ["statusActions", newStatus, 1, "minutes"],
        [],
      ]),
    );

    const referenceErrors = expectFailure(
      await importAutomationAction({
        pipelineId: doc.pipelineId,
        document: {
          ...doc,
          customerReplyTrigger: { enabled: true, statusId: billing.status("Received") },
          statusActions: {
            [newStatus]: [
              { type: "send_email", template: "no_such_template" },
              {
                type: "send_internal_email",
                to: { userIds: ["ghost-user"], teamIds: [], owner: false },
                subject: "s",
                body: "b",
              },
            ],
            "not-a-status": [],
          },
        },
      }),
      "BAD_REQUEST",
      400,
    );
    expect(referenceErrors.issues.map((i) => i.path)).toEqual([
      ["customerReplyTrigger", "statusId"],
      ["statusActions", newStatus, 0, "template"],
      ["statusActions", newStatus, 1, "to", "userIds", 0],
      ["statusActions", "not-a-status"],
    ]);

    const wrongPipeline = expectFailure(
      await importAutomationAction({ pipelineId: billing.id, document: doc }),
      "BAD_REQUEST",
      400,
    );
    expect(wrongPipeline.issues).toEqual([expect.objectContaining({ path: ["pipelineId"] })]);
    expectFailure(
      await importAutomationAction({ pipelineId: doc.pipelineId, document: "not json object" }),
      "BAD_REQUEST",
      400,
    );
    expect(await automationSnapshot()).toEqual(before);
  });

  it("on Starter refuses a Professional action (PLAN_REQUIRED) with nothing half-applied, but takes email actions", async () => {
    const doc = await exported("Support Pipeline");
    const [firstStatus] = Object.keys(doc.statusActions);
    await setPlan("STARTER");
    const before = await automationSnapshot();
    const withDelay = {
      ...doc,
      closeDateAutomation: !doc.closeDateAutomation,
      statusActions: { ...doc.statusActions, [firstStatus!]: [{ type: "delay", minutes: 5 }] },
    };
    const error = expectFailure(
      await importAutomationAction({ pipelineId: doc.pipelineId, document: withDelay }),
      "PLAN_REQUIRED",
      403,
    );
    expect(error.message).toContain("Professional");
    expect(await automationSnapshot()).toEqual(before);

    const withEmail = {
      ...doc,
      statusActions: { ...doc.statusActions, [firstStatus!]: [{ type: "send_email", template: "ticket_closed" }] },
    };
    expectOk(await importAutomationAction({ pipelineId: doc.pipelineId, document: withEmail }));
    await setPlan("FREE");
    const current = await readAutomationDocument(doc.pipelineId, ADMIN_READER);
    expectFailure(
      await importAutomationAction({ pipelineId: doc.pipelineId, document: { ...current, statusActions: {} } }),
      "PLAN_REQUIRED",
      403,
    );
  });
});
