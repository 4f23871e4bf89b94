// POST /api/v1/tickets/:id/dry-run: what an event would do, with nothing written (row counts,
// and the ticket row are the same before and after).
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/tickets/[id]/dry-run/route";
import { db } from "@/lib/db";
import { callApi } from "../support/api";
import { aTicket, rowCounts, seededPipeline, ticketRow, unique } from "../support/engine-fixtures";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let billing: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
  billing = await seededPipeline("Billing & Refunds");
});

const dryRun = (id: string, event: unknown) =>
  callApi(POST, { path: `/api/v1/tickets/${id}/dry-run`, params: { id }, method: "POST", body: { event } });

async function unchanged<T>(ticketId: string, run: () => Promise<T>): Promise<T> {
  const [counts, row] = [await rowCounts(), await ticketRow(ticketId)];
  const result = await run();
  expect(await rowCounts()).toEqual(counts);
  expect(await ticketRow(ticketId)).toEqual(row);
  return result;
}

describe("POST /api/v1/tickets/:id/dry-run", () => {
  it("shows a move to Closed: status, close date, the enrolment and the actions it would run; writes nothing", async () => {
    const ticket = await aTicket("New");
    const result = await unchanged(ticket.id, () =>
      dryRun(ticket.id, { type: "ticket.updated", data: { statusId: support.status("Closed") } }),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      ticketId: ticket.id,
      ok: true,
      before: { statusId: support.status("New"), closeDate: null, version: 1 },
      after: {
        statusId: support.status("Closed"),
        closeDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        version: 2,
      },
    });
    const types = result.body.effects.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(["set_status", "set_close_date", "enroll", "timeline"]));
    expect(result.body.wouldRun).toMatchObject([
      {
        workflowName: "Support Pipeline: Closed",
        actions: [
          { type: "SEND_EMAIL", description: "Send email: Ticket closed" },
          { type: "SEND_INTERNAL_EMAIL", description: expect.stringMatching(/^Notify /) },
        ],
      },
    ]);
    expect(await db.workflowEnrollment.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it("shows a customer reply reopening a closed ticket, on its origin thread by default", async () => {
    const ticket = await aTicket("Closed", { closeDate: new Date("2026-01-02") });
    const result = await unchanged(ticket.id, () => dryRun(ticket.id, { type: "message.received" }));
    expect(result.body.after).toMatchObject({
      statusId: support.status("New"),
      closeDate: "2026-01-02",
      reopenedAt: expect.any(String),
    });
    expect(result.body.effects).toContainEqual(
      expect.objectContaining({ type: "keep_close_date", reason: "reopened" }),
    );
  });

  it("shows the skip and its reason when nothing would change (a forwarded reply)", async () => {
    const ticket = await aTicket("Waiting on contact");
    const result = await dryRun(ticket.id, { type: "message.received", data: { forwarded: true } });
    expect(result.body).toMatchObject({
      ok: true,
      effects: [{ type: "keep_status", reason: "forwarded" }],
      wouldRun: [],
    });
  });

  it("shows trigger A for an email sent from the ticket record, and not from a personal inbox", async () => {
    const ticket = await aTicket("New");
    const fromTicket = await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "ticket" } });
    expect(fromTicket.body.after.statusId).toBe(support.status("Waiting on contact"));
    const personal = await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "personal_inbox" } });
    expect(personal.body.effects).toEqual([{ type: "keep_status", reason: "personal_inbox", ruleName: null }]);
  });

  it("shows an email on a ticket without a thread starting its origin thread, with no made-up thread id", async () => {
    const ticket = await aTicket("New", { originThreadId: null });
    const result = await unchanged(ticket.id, () =>
      dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "ticket" } }),
    );
    expect(result.body).toMatchObject({
      ok: true,
      before: { originThreadId: null, version: 1 },
      after: { originThreadId: null, version: 2 },
    });
    expect(result.body.effects).toContainEqual({ type: "set_origin_thread", threadId: null });
    const onThread = await dryRun((await aTicket("New")).id, { type: "email.sent", data: { sentFrom: "ticket" } });
    expect(onThread.body.effects.map((e: { type: string }) => e.type)).not.toContain("set_origin_thread");
  });

  it("shows a chat ticket's skipped enrolment with its reason (the default filter leaves chat out)", async () => {
    const ticket = await aTicket("New", { source: "CHAT" });
    const result = await dryRun(ticket.id, { type: "ticket.updated", data: { statusId: support.status("Closed") } });
    expect(result.body.effects).toContainEqual(
      expect.objectContaining({ type: "skip_enrollment", reason: "filters_not_matched" }),
    );
    expect(result.body.wouldRun).toEqual([]);
  });

  it("returns the refusal for an illegal move, with nothing written", async () => {
    const ticket = await aTicket("New");
    const result = await unchanged(ticket.id, () =>
      dryRun(ticket.id, { type: "ticket.updated", data: { statusId: billing.status("Received") } }),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ ok: false, refusal: { code: "ILLEGAL_MOVE" } });
  });

  it("answers 400 with paths for a bad event or a foreign thread, 404 for an unknown ticket", async () => {
    const ticket = await aTicket("New");
    const bad = await dryRun(ticket.id, { type: "email.sent", data: { sentFrom: "carrier-pigeon" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(["event", "data", "sentFrom"]);
    expect((await dryRun("no-such-ticket", { type: "message.received" })).status).toBe(404);
    const foreign = await dryRun(ticket.id, { type: "message.received", data: { threadKey: unique("elsewhere") } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues[0].path).toEqual(["event", "data", "threadKey"]);
  });
});
