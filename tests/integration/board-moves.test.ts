import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { calendarDateIn } from "@/lib/automation";
import { AppError } from "@/lib/errors";
import { moveTicket } from "@/lib/tickets/move-ticket";
import { moveTicketAction } from "@/lib/tickets/actions";
import { newPipeline, statusOf, type TestPipeline } from "../support/pipelines";
import { actAs, userIdOf } from "../support/users";
import { ticketsIn } from "./board-fixtures";

let pipeline: TestPipeline;
const today = () => calendarDateIn(new Date(), "Europe/Berlin");

async function setCloseDateAutomation(on: boolean) {
  await db.pipelineAutomation.update({ where: { pipelineId: pipeline.id }, data: { closeDateAutomation: on } });
}

async function ticket(id: string) {
  const row = await db.ticket.findUniqueOrThrow({
    where: { id },
    select: { statusId: true, version: true, closeDate: true, closeDateSetBy: true },
  });
  return { ...row, closeDate: row.closeDate?.toISOString().slice(0, 10) ?? null };
}

async function move(id: string, label: string) {
  const { version } = await ticket(id);
  const result = await moveTicketAction({ ticketId: id, toStatusId: statusOf(pipeline, label), version });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

const statusEntries = (ticketId: string) => db.timelineEntry.count({ where: { ticketId, kind: "status_changed" } });

beforeAll(async () => {
  pipeline = await newPipeline();
  await actAs("AGENT");
});

describe("moving a card (close date per SPEC §3)", () => {
  it("with the toggle on: into Closed sets today's date; back to open keeps it", async () => {
    await setCloseDateAutomation(true);
    const [id] = await ticketsIn(pipeline, "New", 1);
    const closed = await move(id!, "Closed");
    expect(closed).toMatchObject({ statusId: statusOf(pipeline, "Closed"), version: 2, closeDate: today() });
    expect(await ticket(id!)).toMatchObject({ closeDate: today(), closeDateSetBy: "automation" });
    const reopened = await move(id!, "Waiting on us");
    expect(reopened).toMatchObject({ statusId: statusOf(pipeline, "Waiting on us"), version: 3, closeDate: today() });
    expect(await statusEntries(id!)).toBe(2);
  });

  it("with the toggle off: into Closed leaves the close date as it was (empty, or an earlier one)", async () => {
    await setCloseDateAutomation(false);
    const [fresh, earlier] = await ticketsIn(pipeline, "New", 2, (i) =>
      i === 1 ? { closeDate: new Date("2025-12-24") } : {},
    );
    expect((await move(fresh!, "Closed")).closeDate).toBeNull();
    expect((await move(earlier!, "Closed")).closeDate).toBe("2025-12-24");
    expect((await move(earlier!, "New")).closeDate).toBe("2025-12-24");
    await setCloseDateAutomation(true);
  });

  it("refuses a status of another pipeline, and a stale card, changing nothing", async () => {
    const [id] = await ticketsIn(pipeline, "New", 1);
    const other = await newPipeline();
    const illegal = await moveTicketAction({ ticketId: id!, toStatusId: statusOf(other, "Closed"), version: 1 });
    expect(illegal).toMatchObject({ ok: false, error: { status: 409 } });
    await move(id!, "Waiting on contact");
    const stale = await moveTicketAction({ ticketId: id!, toStatusId: statusOf(pipeline, "Closed"), version: 1 });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringContaining('"Waiting on contact"') },
    });
    expect(await ticket(id!)).toMatchObject({ statusId: statusOf(pipeline, "Waiting on contact"), version: 2 });
  });

  it("refuses anonymous users and checks its input", async () => {
    const [id] = await ticketsIn(pipeline, "New", 1);
    await actAs(null);
    expect(
      await moveTicketAction({ ticketId: id!, toStatusId: statusOf(pipeline, "Closed"), version: 1 }),
    ).toMatchObject({ ok: false, error: { status: 401 } });
    await actAs("AGENT");
    expect(await moveTicketAction({ ticketId: id!, toStatusId: "", version: 0 })).toMatchObject({
      ok: false,
      error: { status: 400, issues: expect.arrayContaining([expect.objectContaining({ path: ["version"] })]) },
    });
    expect((await ticket(id!)).version).toBe(1);
  });
});

describe("two agents moving the same ticket at once", () => {
  it("one wins, the other is told where the ticket is now; nothing is lost or applied twice", async () => {
    const [id] = await ticketsIn(pipeline, "New", 1);
    const [agent, admin] = [
      { id: await userIdOf("AGENT"), role: "AGENT", active: true },
      { id: await userIdOf("ACCOUNT_ADMIN"), role: "ACCOUNT_ADMIN", active: true },
    ] as const;
    const results = await Promise.allSettled([
      moveTicket(agent, { ticketId: id!, toStatusId: statusOf(pipeline, "Waiting on us"), version: 1 }),
      moveTicket(admin, { ticketId: id!, toStatusId: statusOf(pipeline, "Closed"), version: 1 }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const after = await ticket(id!);
    expect(after.version).toBe(2);
    const winnerLabel = pipeline.statuses.find((s) => s.id === after.statusId)!.label;
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    expect(lost[0]!.reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(`"${winnerLabel}"`) });
    expect(await statusEntries(id!)).toBe(1);
  });

  it("of five simultaneous drags with the same version exactly one lands", async () => {
    const [id] = await ticketsIn(pipeline, "New", 1);
    const targets = ["Waiting on contact", "Waiting on us", "Closed", "Waiting on us", "Closed"];
    const results = await Promise.all(
      targets.map((label) => moveTicketAction({ ticketId: id!, toStatusId: statusOf(pipeline, label), version: 1 })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === "CONFLICT")).toHaveLength(4);
    expect((await ticket(id!)).version).toBe(2);
    expect(await statusEntries(id!)).toBe(1);
  });
});
