// PATCH /api/v1/tickets/:id through the engine: status (with close date and status actions),
// owner and priority; optimistic concurrency (409 with the current version); illegal moves.
import { beforeAll, describe, expect, it } from "vitest";
import { PATCH } from "@/app/api/v1/tickets/[id]/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db";
import { callApi } from "../support/api";
import { aTicket, jobsOf, rowCounts, seededPipeline, ticketRow, timelineOf } from "../support/engine-fixtures";
import { userIdOf } from "../support/users";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let billing: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
  billing = await seededPipeline("Billing & Refunds");
});

const patch = (id: string, body: unknown, key?: string) =>
  callApi(PATCH, { path: `/api/v1/tickets/${id}`, params: { id }, method: "PATCH", body, key });

describe("PATCH /api/v1/tickets/:id", () => {
  it("moves the ticket through the engine: close date, status actions, version + 1", async () => {
    const ticket = await aTicket("New");
    const result = await patch(ticket.id, { statusId: support.status("Closed"), version: 1 });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      id: ticket.id,
      statusId: support.status("Closed"),
      closeDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      version: 2,
    });
    expect(await jobsOf(ticket.id)).toHaveLength(1);
  });

  it("sets owner and priority (either case) as one change, credited to the key's user", async () => {
    const ticket = await aTicket("New");
    const ownerId = await userIdOf("AGENT");
    const result = await patch(ticket.id, { ownerId, priority: "urgent", version: 1 });
    expect(result.body).toMatchObject({ ownerId, priority: "URGENT", version: 2 });
    const entries = await timelineOf(ticket.id);
    expect(entries.map((e) => e.kind)).toEqual(["property_changed", "property_changed"]);
    expect(entries[0]!.actorUserId).toBe(await userIdOf("SUPER_ADMIN"));
    expect((await patch(ticket.id, { ownerId: null, version: 2 })).body).toMatchObject({ ownerId: null, version: 3 });
  });

  it("refuses a stale version with 409, naming the current version, and writes nothing", async () => {
    const ticket = await aTicket("New");
    await patch(ticket.id, { priority: "HIGH", version: 1 });
    const before = await rowCounts();
    const result = await patch(ticket.id, { statusId: support.status("Closed"), version: 1 });
    expect(result.status).toBe(409);
    expect(result.body.error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/version 2/) });
    expect(await rowCounts()).toEqual(before);
  });

  it("lets exactly one of two concurrent PATCHes with the same version through", async () => {
    const ticket = await aTicket("New");
    const results = await Promise.all([
      patch(ticket.id, { statusId: support.status("Closed"), version: 1 }),
      patch(ticket.id, { statusId: support.status("Waiting on us"), version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const row = await ticketRow(ticket.id);
    expect(row).toMatchObject({ version: 2, statusId: winner.body.statusId });
    expect((await timelineOf(ticket.id)).filter((e) => e.kind === "status_changed")).toHaveLength(1);
  });

  it("refuses a move to a status of another pipeline with 409 (illegal move)", async () => {
    const ticket = await aTicket("New");
    const result = await patch(ticket.id, { statusId: billing.status("Received"), version: 1 });
    expect(result.status).toBe(409);
    expect(result.body.error.issues[0]).toMatchObject({ code: "ILLEGAL_MOVE" });
    expect((await ticketRow(ticket.id)).version).toBe(1);
  });

  it("answers 400 with paths for a missing version, a bad priority, an empty change or an unknown owner", async () => {
    const ticket = await aTicket("New");
    const paths = async (body: unknown) =>
      (await patch(ticket.id, body)).body.error.issues.map((i: { path: unknown[] }) => i.path.join("."));
    expect(await paths({ statusId: support.status("Closed") })).toEqual(["version"]);
    expect(await paths({ priority: "extreme", version: 1 })).toEqual(["priority"]);
    expect(await paths({ version: 1 })).toEqual([""]);
    expect(await paths({ ownerId: "no-such-user", version: 1 })).toEqual(["ownerId"]);
    expect((await ticketRow(ticket.id)).version).toBe(1);
  });

  it("answers 404 for an unknown ticket", async () => {
    expect((await patch("no-such-ticket", { priority: "LOW", version: 1 })).status).toBe(404);
  });

  it("lets an agent's key move tickets", async () => {
    const { key } = await createApiKey({ name: "Agent mover" }, await userIdOf("AGENT"));
    const ticket = await aTicket("New");
    expect((await patch(ticket.id, { statusId: support.status("Waiting on us"), version: 1 }, key)).status).toBe(200);
    expect(await db.timelineEntry.count({ where: { ticketId: ticket.id, actorUserId: await userIdOf("AGENT") } })).toBe(
      1,
    );
  });
});
