// SPEC §3 through the one engine (changeTicket, as the board, the record and PATCH use it):
// the close date toggle, closed → open keeping the date, "today" in the account's time zone.
import { beforeAll, describe, expect, it } from "vitest";
import type { Happening } from "@/lib/automation";
import { db } from "@/lib/db";
import { changeTicket } from "@/lib/tickets/change-ticket";
import { aTicket, seededPipeline, ticketRow, timelineOf } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let billing: Awaited<ReturnType<typeof seededPipeline>>;
let userId: string;
beforeAll(async () => {
  support = await seededPipeline();
  billing = await seededPipeline("Billing & Refunds");
  userId = await userIdOf("AGENT");
});

const move = (toStatusId: string): Happening => ({
  kind: "status_change",
  toStatusId,
  cause: { kind: "user", userId },
});
const calendarDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

async function setCloseDateAutomation(pipelineId: string, on: boolean) {
  await db.pipelineAutomation.update({ where: { pipelineId }, data: { closeDateAutomation: on } });
}

describe("close-date automation (toggle on)", () => {
  it("sets the close date to today in the account's time zone (Europe/Berlin: 23:30 UTC is tomorrow)", async () => {
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, move(support.status("Closed")), { now: new Date("2026-03-01T23:30:00Z") });
    const row = await ticketRow(ticket.id);
    expect(calendarDate(row.closeDate)).toBe("2026-03-02");
    expect(row).toMatchObject({ closeDateSetBy: "automation", version: 2, statusId: support.status("Closed") });
    expect(row.timeToCloseMs).not.toBeNull();
    expect((await timelineOf(ticket.id)).map((e) => e.kind)).toContain("close_date_set");
  });

  it("follows the account's time zone when it changes (America/Los_Angeles: still the 1st)", async () => {
    await db.account.updateMany({ data: { timeZone: "America/Los_Angeles" } });
    try {
      const ticket = await aTicket("New");
      await changeTicket(ticket.id, move(support.status("Closed")), { now: new Date("2026-03-01T23:30:00Z") });
      expect(calendarDate((await ticketRow(ticket.id)).closeDate)).toBe("2026-03-01");
    } finally {
      await db.account.updateMany({ data: { timeZone: "Europe/Berlin" } });
    }
  });

  it("keeps the close date when the ticket moves from closed back to open, and records the reopen", async () => {
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, move(support.status("Closed")), { now: new Date("2026-03-01T10:00:00Z") });
    await changeTicket(ticket.id, move(support.status("Waiting on us")), { now: new Date("2026-03-05T10:00:00Z") });
    const row = await ticketRow(ticket.id);
    expect(calendarDate(row.closeDate)).toBe("2026-03-01");
    expect(row.reopenedAt).toEqual(new Date("2026-03-05T10:00:00Z"));
    expect((await timelineOf(ticket.id)).map((e) => e.kind)).toContain("reopened");
  });

  it("does not touch the close date on an open → open move", async () => {
    const ticket = await aTicket("New");
    await changeTicket(ticket.id, move(support.status("Waiting on us")));
    expect((await ticketRow(ticket.id)).closeDate).toBeNull();
  });

  it("keeps the first close date on a closed → closed move", async () => {
    const ticket = await aTicket("Received", {}, "Billing & Refunds");
    await changeTicket(ticket.id, move(billing.status("Refund issued")), { now: new Date("2026-03-01T10:00:00Z") });
    await changeTicket(ticket.id, move(billing.status("Declined")), { now: new Date("2026-03-09T10:00:00Z") });
    expect(calendarDate((await ticketRow(ticket.id)).closeDate)).toBe("2026-03-01");
  });
});

describe("close-date automation (toggle off)", () => {
  it("leaves an empty close date empty when the ticket closes", async () => {
    await setCloseDateAutomation(support.id, false);
    try {
      const ticket = await aTicket("New");
      const result = await changeTicket(ticket.id, move(support.status("Closed")));
      expect(result.effects).toContainEqual(
        expect.objectContaining({ type: "keep_close_date", reason: "automation_off" }),
      );
      const row = await ticketRow(ticket.id);
      expect(row).toMatchObject({ statusId: support.status("Closed"), closeDate: null, closeDateSetBy: null });
    } finally {
      await setCloseDateAutomation(support.id, true);
    }
  });

  it("leaves an earlier close date as it is when the ticket closes again", async () => {
    await setCloseDateAutomation(support.id, false);
    try {
      const ticket = await aTicket("New", { closeDate: new Date("2025-12-24"), closeDateSetBy: "user" });
      await changeTicket(ticket.id, move(support.status("Closed")), { now: new Date("2026-03-01T10:00:00Z") });
      const row = await ticketRow(ticket.id);
      expect(calendarDate(row.closeDate)).toBe("2025-12-24");
      expect(row.closeDateSetBy).toBe("user");
    } finally {
      await setCloseDateAutomation(support.id, true);
    }
  });
});
