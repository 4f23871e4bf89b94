// GET /api/v1/tickets (filters, paging, 404s), GET /api/v1/tickets/:id, GET …/timeline.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/tickets/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/tickets/[id]/route";
import { GET as timelineRoute } from "@/app/api/v1/tickets/[id]/timeline/route";
import { db } from "@/lib/db";
import { callApi } from "../support/api";
import { aTicket, seededPipeline } from "../support/engine-fixtures";

let support: Awaited<ReturnType<typeof seededPipeline>>;
let billing: Awaited<ReturnType<typeof seededPipeline>>;
beforeAll(async () => {
  support = await seededPipeline();
  billing = await seededPipeline("Billing & Refunds");
});

const list = (query: string, key?: string | null) =>
  callApi(listRoute, { path: `/api/v1/tickets${query}`, params: {}, key });
const get = (id: string) => callApi(getRoute, { path: `/api/v1/tickets/${id}`, params: { id } });
const timeline = (id: string) => callApi(timelineRoute, { path: `/api/v1/tickets/${id}/timeline`, params: { id } });

describe("GET /api/v1/tickets", () => {
  it("lists the tickets of a pipeline and status, newest first", async () => {
    const statusId = support.status("Waiting on us");
    const result = await list(`?pipelineId=${support.id}&statusId=${statusId}&limit=200`);
    expect(result.status).toBe(200);
    expect(result.body.length).toBe(await db.ticket.count({ where: { pipelineId: support.id, statusId } }));
    expect(result.body.every((t: { statusId: string }) => t.statusId === statusId)).toBe(true);
    const created = result.body.map((t: { createdAt: string }) => t.createdAt);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("pages with limit and the X-Next-Cursor header, without gaps or repeats", async () => {
    const all = (await list(`?pipelineId=${support.id}&limit=200`)).body.map((t: { id: string }) => t.id);
    const seen: string[] = [];
    let query = `?pipelineId=${support.id}&limit=7`;
    for (;;) {
      const page = await list(query);
      expect(page.body.length).toBeLessThanOrEqual(7);
      seen.push(...page.body.map((t: { id: string }) => t.id));
      const cursor = page.headers.get("x-next-cursor");
      if (!cursor) break;
      expect(page.headers.get("link")).toContain('rel="next"');
      query = `?pipelineId=${support.id}&limit=7&cursor=${cursor}`;
    }
    expect(seen).toEqual(all);
  });

  it("answers 404 for an unknown pipeline or status, or a status of another pipeline", async () => {
    expect((await list("?pipelineId=nope")).status).toBe(404);
    expect((await list("?statusId=nope")).status).toBe(404);
    expect((await list(`?pipelineId=${support.id}&statusId=${billing.status("Received")}`)).status).toBe(404);
  });

  it("answers 400 with the path for a bad limit or cursor", async () => {
    const bad = await list("?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(["limit"]);
    expect((await list("?cursor=garbage")).status).toBe(400);
  });

  it("answers 401 without an API key", async () => {
    expect((await list("", null)).status).toBe(401);
  });
});

describe("GET /api/v1/tickets/:id", () => {
  it("returns every property, the close date as YYYY-MM-DD and the version", async () => {
    const ticket = await aTicket("Closed", {
      closeDate: new Date("2026-02-03"),
      timeToCloseMs: 5000n,
      priority: "HIGH",
    });
    const result = await get(ticket.id);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      id: ticket.id,
      subject: "Fixture ticket",
      description: "",
      pipelineId: support.id,
      statusId: support.status("Closed"),
      priority: "HIGH",
      source: "EMAIL",
      ownerId: null,
      contactId: ticket.contactId,
      channelId: null,
      originThreadId: ticket.threadId,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      closeDate: "2026-02-03",
      closeDateSetBy: null,
      lastStatusChangeAt: expect.any(String),
      reopenedAt: null,
      timeToCloseMs: 5000,
      version: 1,
      // SPEC §9: a fixture closed without passing through the engine has no close instant and no SLA.
      closedAt: null,
      followUpOfId: null,
      followUpIds: [],
      sla: {
        firstReply: { dueAt: null, metAt: null, status: "none" },
        close: { dueAt: null, metAt: null, status: "none" },
      },
    });
  });

  it("answers 404 for an unknown ticket", async () => {
    const result = await get("no-such-ticket");
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe("NOT_FOUND");
  });

  it("answers 400, not 500, for an id the database cannot hold (a NUL character)", async () => {
    expect((await get("a\u0000b")).status).toBe(400);
    expect((await list("?pipelineId=a%00b")).status).toBe(400);
  });
});

describe("GET /api/v1/tickets/:id/timeline", () => {
  it("lists entries newest first, each with kind, summary, ruleName, eventId, actor and createdAt", async () => {
    const ticket = await aTicket("New");
    await callApi(patchRoute, {
      path: `/api/v1/tickets/${ticket.id}`,
      params: { id: ticket.id },
      method: "PATCH",
      body: { statusId: support.status("Closed"), version: 1 },
    });
    const result = await timeline(ticket.id);
    expect(result.status).toBe(200);
    expect(result.body.map((e: { kind: string }) => e.kind)).toEqual([
      "workflow_enrolled",
      "close_date_set",
      "status_changed",
    ]);
    expect(result.body[2]).toMatchObject({
      kind: "status_changed",
      summary: 'Status changed from "New" to "Closed"',
      ruleName: null,
      eventId: null,
      actor: { type: "user", id: expect.any(String), name: "Sam Super" },
      createdAt: expect.any(String),
    });
    expect(result.body[1]).toMatchObject({ ruleName: "close_date_automation" });
  });

  it("names the owners of an owner change (the engine records ids), also after the owner is deactivated", async () => {
    const ticket = await aTicket("New");
    const agent = await db.user.findFirstOrThrow({ where: { role: "AGENT" } });
    await callApi(patchRoute, {
      path: `/api/v1/tickets/${ticket.id}`,
      params: { id: ticket.id },
      method: "PATCH",
      body: { ownerId: agent.id, version: 1 },
    });
    const named = (await timeline(ticket.id)).body[0];
    expect(named).toMatchObject({
      kind: "property_changed",
      summary: `Owner changed from none to ${agent.name}`,
      detail: { property: "ownerId", from: null, to: agent.id },
    });
    await callApi(patchRoute, {
      path: `/api/v1/tickets/${ticket.id}`,
      params: { id: ticket.id },
      method: "PATCH",
      body: { ownerId: null, version: 2 },
    });
    await db.user.update({ where: { id: agent.id }, data: { active: false } });
    try {
      expect((await timeline(ticket.id)).body.map((e: { summary: string }) => e.summary)).toEqual([
        `Owner changed from ${agent.name} to none`,
        `Owner changed from none to ${agent.name}`,
      ]);
    } finally {
      await db.user.update({ where: { id: agent.id }, data: { active: true } });
    }
  });

  it("answers 404 for an unknown ticket", async () => {
    expect((await timeline("no-such-ticket")).status).toBe(404);
  });
});
