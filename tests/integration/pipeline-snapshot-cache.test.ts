// The per-process pipeline snapshot cache (lib/pipelines/pipeline-snapshot.ts, heldPipelines): a ticket's
// pipeline is built by the database once per configuration version, and any change to what the
// engine reads about a pipeline (by Prisma or raw SQL, committed or only inside the transaction
// reading it) is seen by the next load.
import { describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { loadTicket } from "@/lib/tickets/ticket-snapshot";
import { aTicket, seededPipeline } from "../support/engine-fixtures";

const load = async (ticketId: string) =>
  (await loadTicket(dbHandle().sql, ticketId, { now: new Date(), lock: false }))!;

describe("pipeline snapshot cache", () => {
  it("reuses the snapshot while nothing changed, frozen", async () => {
    const ticket = await aTicket("New");
    const first = await load(ticket.id);
    const second = await load(ticket.id);
    expect(second.pipeline).toBe(first.pipeline);
    expect(Object.isFrozen(second.pipeline.statuses[0])).toBe(true);
  });

  it("sees every kind of change to the pipeline's configuration", async () => {
    const ticket = await aTicket("New");
    const pipeline = await seededPipeline();
    const before = await load(ticket.id);

    await db.pipelineStatus.update({ where: { id: pipeline.status("New") }, data: { label: "Brand new" } });
    expect((await load(ticket.id)).pipeline.statuses.map((s) => s.label)).toContain("Brand new");

    await dbHandle().sql.query(`UPDATE "PipelineAutomation" SET "reopenWindowDays" = 9 WHERE "pipelineId" = $1`, [
      pipeline.id,
    ]);
    expect((await load(ticket.id)).pipeline.automation.reopenWindowDays).toBe(9);

    const workflow = before.pipeline.statusWorkflows.find((w) => !w.hasActions)!;
    await db.workflowAction.create({
      data: {
        id: newId(),
        workflowId: workflow.workflowId,
        position: 0,
        type: "SEND_INTERNAL_EMAIL",
        config: { to: { userIds: [], teamIds: [], owner: true }, subject: "s", body: "b" },
      },
    });
    const after = await load(ticket.id);
    expect(after.pipeline.statusWorkflows.find((w) => w.workflowId === workflow.workflowId)!.hasActions).toBe(true);

    await db.pipelineStatus.update({ where: { id: pipeline.status("New") }, data: { label: "New" } });
    await dbHandle().sql.query(`UPDATE "PipelineAutomation" SET "reopenWindowDays" = NULL WHERE "pipelineId" = $1`, [
      pipeline.id,
    ]);
    await db.workflowAction.deleteMany({ where: { workflowId: workflow.workflowId } });
    expect((await load(ticket.id)).pipeline).toEqual(before.pipeline);
  });

  it("a change inside a transaction is seen there, and not after it rolls back", async () => {
    const ticket = await aTicket("New");
    const pipeline = await seededPipeline();
    await load(ticket.id);
    await expect(
      dbHandle().transaction(async (tx) => {
        await tx.query(`UPDATE "PipelineStatus" SET label = 'Inside' WHERE id = $1`, [pipeline.status("New")]);
        const inside = await loadTicket(tx, ticket.id, { now: new Date(), lock: false });
        expect(inside!.pipeline.statuses.map((s) => s.label)).toContain("Inside");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await load(ticket.id)).pipeline.statuses.map((s) => s.label)).not.toContain("Inside");
  });
});
