// Settings > Objects > Tickets > Pipelines (SPEC §1): pipelines and statuses as a super admin
// (persisted, one transaction each) and as an agent (refused, nothing written).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addStatusAction,
  createPipelineAction,
  deleteStatusAction,
  renamePipelineAction,
  renameStatusAction,
  reorderStatusesAction,
  setStatusStateAction,
} from "@/lib/pipelines/actions";
import { readAutomationRow } from "@/lib/automate/automation-settings";
import { actAs } from "../support/users";
import { failNext, newPipeline, statusOf, uniqueName } from "../support/pipelines";
import { ID_PATTERN } from "@/lib/db/ids";

const workflowsOf = (pipelineId: string) =>
  db.workflow.findMany({
    where: { pipelineId, kind: "STATUS_ACTIONS" },
    orderBy: { name: "asc" },
    select: { name: true, statusId: true, trigger: true },
  });
const labelsOf = async (pipelineId: string) =>
  (await db.pipelineStatus.findMany({ where: { pipelineId }, orderBy: { displayOrder: "asc" } })).map((s) => s.label);

describe("creating a pipeline", () => {
  it("creates default statuses, automation defaults and one status-actions workflow per status", async () => {
    const name = uniqueName("Returns");
    const pipeline = await newPipeline(name);
    expect(pipeline.statuses.map((s) => [s.label, s.state])).toEqual([
      ["New", "OPEN"],
      ["Waiting on contact", "OPEN"],
      ["Waiting on us", "OPEN"],
      ["Closed", "CLOSED"],
    ]);
    expect(await readAutomationRow(db, pipeline.id)).toMatchObject({
      settings: {
        closeDateAutomation: true,
        emailSentTrigger: { enabled: false },
        customerReplyTrigger: { enabled: false },
      },
      version: 1,
    });
    const workflows = await workflowsOf(pipeline.id);
    expect(workflows.map((w) => w.name).sort()).toEqual(pipeline.statuses.map((s) => `${name}: ${s.label}`).sort());
    expect(new Set(workflows.map((w) => w.statusId))).toEqual(new Set(pipeline.statuses.map((s) => s.id)));
    expect(workflows.every((w) => w.trigger === "STATUS_ENTERED")).toBe(true);
    // The email triggers' workflows ("View workflow") are made with the pipeline, turned off.
    expect(
      await db.workflow.findMany({
        where: { pipelineId: pipeline.id, kind: { not: "STATUS_ACTIONS" } },
        orderBy: { kind: "asc" },
        select: { id: true, name: true, trigger: true, enabled: true },
      }),
    ).toEqual([
      {
        id: expect.stringMatching(ID_PATTERN),
        name: `${name}: An email is sent to a customer`,
        trigger: "EMAIL_SENT_FROM_TICKET",
        enabled: false,
      },
      {
        id: expect.stringMatching(ID_PATTERN),
        name: `${name}: A customer replies to an email`,
        trigger: "CUSTOMER_REPLY",
        enabled: false,
      },
    ]);
    expect(await db.settingsChange.count({ where: { scope: `pipeline:${pipeline.id}`, field: "created" } })).toBe(1);
  });

  it("is one transaction: when the workflows cannot be written, no pipeline is left behind", async () => {
    const name = uniqueName("Half-made");
    const undo = await failNext("Workflow", "INSERT", "tf_fail_workflow_insert");
    try {
      await actAs("SUPER_ADMIN");
      expect(await createPipelineAction({ name })).toMatchObject({
        ok: false,
        error: { status: 500, code: "INTERNAL" },
      });
    } finally {
      await undo();
    }
    expect(await db.pipeline.count({ where: { name } })).toBe(0);
    expect(await db.pipelineStatus.count({ where: { pipeline: { name } } })).toBe(0);
  });

  it("refuses a blank name (400, name path) and a duplicate name (409)", async () => {
    await actAs("SUPER_ADMIN");
    expect(await createPipelineAction({ name: "  " })).toMatchObject({
      ok: false,
      error: { status: 400, issues: [{ path: ["name"], message: "Enter a pipeline name" }] },
    });
    expect(await createPipelineAction({ name: "support pipeline" })).toMatchObject({
      ok: false,
      error: { status: 409, issues: [{ path: ["name"] }] },
    });
  });
});

describe("renaming", () => {
  it("renames a pipeline and its workflows", async () => {
    const pipeline = await newPipeline();
    const name = uniqueName("Renamed");
    expect(await renamePipelineAction({ pipelineId: pipeline.id, name })).toMatchObject({ ok: true });
    expect((await db.pipeline.findUniqueOrThrow({ where: { id: pipeline.id } })).name).toBe(name);
    expect((await workflowsOf(pipeline.id)).every((w) => w.name.startsWith(`${name}: `))).toBe(true);
  });

  it("adds a status at the end and renames it, workflow included; refuses a duplicate label", async () => {
    const pipeline = await newPipeline();
    const added = await addStatusAction({ pipelineId: pipeline.id, label: "Escalated", state: "OPEN" });
    if (!added.ok) throw new Error(added.error.message);
    expect(await labelsOf(pipeline.id)).toEqual(["New", "Waiting on contact", "Waiting on us", "Closed", "Escalated"]);
    expect(await renameStatusAction({ statusId: added.data.id, label: "Escalated to L2" })).toMatchObject({ ok: true });
    expect((await workflowsOf(pipeline.id)).find((w) => w.statusId === added.data.id)?.name).toBe(
      `${pipeline.name}: Escalated to L2`,
    );
    expect(await renameStatusAction({ statusId: added.data.id, label: "new" })).toMatchObject({
      ok: false,
      error: { status: 409, issues: [{ path: ["label"] }] },
    });
    expect(await addStatusAction({ pipelineId: pipeline.id, label: "", state: "SHUT" as never })).toMatchObject({
      ok: false,
      error: {
        status: 400,
        issues: [expect.objectContaining({ path: ["label"] }), expect.objectContaining({ path: ["state"] })],
      },
    });
  });
});

describe("open and closed", () => {
  it("sets a status closed and open again", async () => {
    const pipeline = await newPipeline();
    const statusId = statusOf(pipeline, "Waiting on us");
    expect(await setStatusStateAction({ statusId, state: "CLOSED" })).toMatchObject({ ok: true });
    expect((await db.pipelineStatus.findUniqueOrThrow({ where: { id: statusId } })).state).toBe("CLOSED");
    expect(await setStatusStateAction({ statusId, state: "OPEN" })).toMatchObject({ ok: true });
  });

  it("keeps at least one open status: closing or deleting the last one is refused", async () => {
    const pipeline = await newPipeline();
    for (const label of ["New", "Waiting on contact"]) {
      expect(await setStatusStateAction({ statusId: statusOf(pipeline, label), state: "CLOSED" })).toMatchObject({
        ok: true,
      });
    }
    const last = statusOf(pipeline, "Waiting on us");
    const refused = {
      ok: false,
      error: expect.objectContaining({ status: 409, message: expect.stringContaining("at least one open status") }),
    };
    expect(await setStatusStateAction({ statusId: last, state: "CLOSED" })).toEqual(refused);
    expect(await deleteStatusAction({ statusId: last })).toEqual(refused);
    expect(await db.pipelineStatus.findUniqueOrThrow({ where: { id: last } })).toMatchObject({ state: "OPEN" });
  });
});

describe("reordering", () => {
  it("saves the new order when the client read the current one, and refuses a stale one", async () => {
    const pipeline = await newPipeline();
    const read = pipeline.statuses.map((s) => s.id);
    const order = [read[1]!, read[0]!, read[2]!, read[3]!];
    expect(await reorderStatusesAction({ pipelineId: pipeline.id, expectedOrder: read, order })).toMatchObject({
      ok: true,
    });
    expect(await labelsOf(pipeline.id)).toEqual(["Waiting on contact", "New", "Waiting on us", "Closed"]);
    // A second admin who still had the first order loses, and changes nothing.
    expect(
      await reorderStatusesAction({ pipelineId: pipeline.id, expectedOrder: read, order: [...read].reverse() }),
    ).toMatchObject({ ok: false, error: { status: 409 } });
    expect(await labelsOf(pipeline.id)).toEqual(["Waiting on contact", "New", "Waiting on us", "Closed"]);
  });

  it("refuses an order that is not the pipeline's statuses (400 on order)", async () => {
    const pipeline = await newPipeline();
    const read = pipeline.statuses.map((s) => s.id);
    expect(
      await reorderStatusesAction({ pipelineId: pipeline.id, expectedOrder: read, order: [read[0]!, read[0]!] }),
    ).toMatchObject({ ok: false, error: { status: 400, issues: [{ path: ["order"] }] } });
    expect(
      await reorderStatusesAction({ pipelineId: pipeline.id, expectedOrder: read, order: read.slice(1) }),
    ).toMatchObject({ ok: false, error: { status: 400, issues: [{ path: ["order"] }] } });
  });
});
