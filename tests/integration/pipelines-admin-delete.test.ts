// Deleting statuses and pipelines (SPEC §1 "asks where to move them"): the move and the delete
// happen together or not at all. And every pipelines action refused to an agent.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addStatusAction,
  createPipelineAction,
  deletePipelineAction,
  deleteStatusAction,
  renamePipelineAction,
  renameStatusAction,
  reorderStatusesAction,
  setStatusStateAction,
} from "@/lib/pipelines/actions";
import { readAutomationRow } from "@/lib/automate/automation-settings";
import { actAs } from "../support/users";
import { failNext, installTrigger, newPipeline, newTickets, statusOf } from "../support/pipelines";
import { setTriggerSwitches } from "../support/automate";
import { newId } from "@/lib/db/ids";

const moveToIssue = {
  ok: false,
  error: expect.objectContaining({ status: 400, issues: [expect.objectContaining({ path: ["moveToStatusId"] })] }),
};

describe("deleting a status", () => {
  it("deletes an unused status with its workflow", async () => {
    const pipeline = await newPipeline();
    const statusId = statusOf(pipeline, "Waiting on us");
    expect(await deleteStatusAction({ statusId })).toMatchObject({ ok: true, data: { movedTickets: 0 } });
    expect(await db.pipelineStatus.count({ where: { id: statusId } })).toBe(0);
    expect(await db.workflow.count({ where: { statusId } })).toBe(0);
  });

  it("asks where tickets go, then moves them, bumps versions, explains on the timeline, and clears the triggers aiming at it", async () => {
    const pipeline = await newPipeline();
    const [from, to] = [statusOf(pipeline, "Waiting on contact"), statusOf(pipeline, "Waiting on us")];
    const tickets = await newTickets(pipeline, "Waiting on contact", 3);
    const channel = await db.channel.create({
      data: { id: newId(), type: "FORM", name: "Test form", pipelineId: pipeline.id, statusId: from },
    });
    await db.pipelineAutomation.update({
      where: { pipelineId: pipeline.id },
      data: { emailSentTriggerStatusId: from, customerReplyTriggerStatusId: to },
    });
    await setTriggerSwitches(pipeline.id, { emailSentTrigger: true, customerReplyTrigger: true });

    expect(await deleteStatusAction({ statusId: from })).toEqual(moveToIssue);
    expect(await deleteStatusAction({ statusId: from, moveToStatusId: from })).toEqual(moveToIssue);
    expect(await deleteStatusAction({ statusId: from, moveToStatusId: statusOf(await newPipeline(), "New") })).toEqual(
      moveToIssue,
    );
    expect(await db.pipelineStatus.count({ where: { id: from } })).toBe(1);

    const result = await deleteStatusAction({ statusId: from, moveToStatusId: to });
    expect(result).toMatchObject({
      ok: true,
      data: { movedTickets: 3, movedChannels: 1, clearedTriggers: ["emailSentTrigger"] },
    });
    const moved = await db.ticket.findMany({
      where: { id: { in: tickets.map((t) => t.id) } },
      include: { timeline: true },
    });
    for (const ticket of moved) {
      expect(ticket).toMatchObject({ statusId: to, version: 2 });
      expect(ticket.timeline.map((e) => e.summary)).toEqual([
        `Moved from "Waiting on contact" to "Waiting on us" because status "Waiting on contact" was deleted by Sam Super`,
      ]);
    }
    expect((await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).statusId).toBe(to);
    expect(await readAutomationRow(db, pipeline.id)).toMatchObject({
      settings: {
        emailSentTrigger: { enabled: false, statusId: null },
        customerReplyTrigger: { enabled: true, statusId: to },
      },
      version: 2,
    });
    expect(await db.workflow.count({ where: { statusId: from } })).toBe(0);
    expect(await db.pipelineStatus.count({ where: { id: from } })).toBe(0);
  });

  it("is one transaction: when the delete fails after the move, no ticket moved and nothing was deleted", async () => {
    const pipeline = await newPipeline();
    const [from, to] = [statusOf(pipeline, "New"), statusOf(pipeline, "Closed")];
    const tickets = await newTickets(pipeline, "New", 2);
    await db.pipelineAutomation.update({
      where: { pipelineId: pipeline.id },
      data: { customerReplyTriggerStatusId: from },
    });
    await setTriggerSwitches(pipeline.id, { customerReplyTrigger: true });
    const undo = await failNext("PipelineStatus", "DELETE", "tf_fail_status_delete");
    try {
      await actAs("SUPER_ADMIN");
      expect(await deleteStatusAction({ statusId: from, moveToStatusId: to })).toMatchObject({
        ok: false,
        error: { status: 500, message: "Something went wrong. Try again." },
      });
    } finally {
      await undo();
    }
    for (const ticket of await db.ticket.findMany({
      where: { id: { in: tickets.map((t) => t.id) } },
      include: { timeline: true },
    })) {
      expect(ticket).toMatchObject({ statusId: from, version: 1, timeline: [] });
    }
    expect(await db.pipelineStatus.count({ where: { id: from } })).toBe(1);
    expect(await db.workflow.count({ where: { statusId: from } })).toBe(1);
    expect((await readAutomationRow(db, pipeline.id)).settings.customerReplyTrigger).toEqual({
      enabled: true,
      statusId: from,
    });
  });

  it("refuses with 409 when a ticket lands in the status between the move and the delete, deleting nothing", async () => {
    const pipeline = await newPipeline();
    const [from, to] = [statusOf(pipeline, "New"), statusOf(pipeline, "Closed")];
    const tickets = await newTickets(pipeline, "New", 1);
    // Another writer (the engine does not lock the pipeline) puts a ticket in it just before the delete.
    const undo = await installTrigger(
      "PipelineStatus",
      "DELETE",
      "tf_late_ticket",
      `INSERT INTO "Ticket" (id, subject, "pipelineId", "statusId", "updatedAt") VALUES ('${newId()}', 'Late', OLD."pipelineId", OLD.id, now()); RETURN OLD;`,
    );
    try {
      await actAs("SUPER_ADMIN");
      expect(await deleteStatusAction({ statusId: from, moveToStatusId: to })).toMatchObject({
        ok: false,
        error: {
          status: 409,
          message: "A ticket was moved into this status while it was being deleted. Nothing was deleted; try again.",
        },
      });
    } finally {
      await undo();
    }
    expect(await db.pipelineStatus.count({ where: { id: from } })).toBe(1);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: tickets[0]!.id } })).toMatchObject({
      statusId: from,
      version: 1,
    });
  });
});

describe("deleting a pipeline", () => {
  it("deletes an empty pipeline with its statuses, automation and workflows", async () => {
    const pipeline = await newPipeline();
    expect(await deletePipelineAction({ pipelineId: pipeline.id })).toMatchObject({
      ok: true,
      data: { movedTickets: 0 },
    });
    expect(await db.pipeline.count({ where: { id: pipeline.id } })).toBe(0);
    expect(await db.pipelineStatus.count({ where: { pipelineId: pipeline.id } })).toBe(0);
    expect(await db.workflow.count({ where: { pipelineId: pipeline.id } })).toBe(0);
  });

  it("moves its tickets to another pipeline's chosen status first", async () => {
    const [doomed, keeper] = [await newPipeline(), await newPipeline()];
    const tickets = await newTickets(doomed, "Waiting on us", 2);
    expect(await deletePipelineAction({ pipelineId: doomed.id })).toEqual(moveToIssue);
    expect(await deletePipelineAction({ pipelineId: doomed.id, moveToStatusId: statusOf(doomed, "New") })).toEqual(
      moveToIssue,
    );
    const to = statusOf(keeper, "New");
    expect(await deletePipelineAction({ pipelineId: doomed.id, moveToStatusId: to })).toMatchObject({
      ok: true,
      data: { movedTickets: 2 },
    });
    for (const ticket of await db.ticket.findMany({
      where: { id: { in: tickets.map((t) => t.id) } },
      include: { timeline: true },
    })) {
      expect(ticket).toMatchObject({ pipelineId: keeper.id, statusId: to, version: 2 });
      expect(ticket.timeline[0]?.summary).toBe(
        `Moved from "Waiting on us" to "${keeper.name}: New" because pipeline "${doomed.name}" was deleted by Sam Super`,
      );
    }
    expect(await db.pipeline.count({ where: { id: doomed.id } })).toBe(0);
  });

  it("keeps the last pipeline", async () => {
    await actAs("SUPER_ADMIN");
    const others = await db.pipeline.findMany({ select: { id: true }, orderBy: { displayOrder: "asc" } });
    const [last, ...rest] = others;
    // Delete every other pipeline (moving any tickets to the one that stays), then try the last.
    const target = await db.pipelineStatus.findFirstOrThrow({ where: { pipelineId: last!.id, state: "OPEN" } });
    for (const p of rest)
      expect(await deletePipelineAction({ pipelineId: p.id, moveToStatusId: target.id })).toMatchObject({ ok: true });
    expect(await deletePipelineAction({ pipelineId: last!.id })).toMatchObject({
      ok: false,
      error: { status: 409, message: "This is the only pipeline. Create another one before deleting it." },
    });
    expect(await db.pipeline.count()).toBe(1);
  });
});

describe("as an agent", () => {
  it("refuses every pipelines action with 403 and writes nothing", async () => {
    const pipeline = await newPipeline();
    const [a, b] = [statusOf(pipeline, "New"), statusOf(pipeline, "Closed")];
    const snapshot = async () => ({
      pipelines: await db.pipeline.findMany({ orderBy: { id: "asc" }, include: { statuses: true, automation: true } }),
      workflows: await db.workflow.count(),
      history: await db.settingsChange.count(),
    });
    const before = await snapshot();
    await actAs("AGENT");
    const attempts = [
      createPipelineAction({ name: "Agent pipeline" }),
      renamePipelineAction({ pipelineId: pipeline.id, name: "Agent rename" }),
      deletePipelineAction({ pipelineId: pipeline.id }),
      addStatusAction({ pipelineId: pipeline.id, label: "Agent status", state: "OPEN" }),
      renameStatusAction({ statusId: a, label: "Agent label" }),
      setStatusStateAction({ statusId: a, state: "CLOSED" }),
      reorderStatusesAction({
        pipelineId: pipeline.id,
        expectedOrder: pipeline.statuses.map((s) => s.id),
        order: [...pipeline.statuses.map((s) => s.id)].reverse(),
      }),
      deleteStatusAction({ statusId: a, moveToStatusId: b }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toMatchObject({ ok: false, error: { status: 403, code: "FORBIDDEN" } });
    }
    expect(await snapshot()).toEqual(before);
  });
});
