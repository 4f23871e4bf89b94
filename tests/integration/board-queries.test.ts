import { beforeAll, describe, expect, it } from "vitest";
import type { BoardCard } from "@/lib/tickets/board-schemas";
import { boardFirstPages } from "@/lib/tickets/board-columns";
import { newPipeline, statusOf, type TestPipeline } from "../support/pipelines";
import { actAs, userIdOf } from "../support/users";
import { db } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { columnPage, contact, counts, ticketsIn } from "./board-fixtures";

let pipeline: TestPipeline;
let agentId: string;
let newIds: string[];

beforeAll(async () => {
  pipeline = await newPipeline();
  agentId = await userIdOf("AGENT");
  const maria = await contact("Maria Search");
  newIds = await ticketsIn(pipeline, "New", 60, (i) => ({
    ownerId: i % 3 === 0 ? agentId : null,
    priority: i % 4 === 0 ? "URGENT" : "LOW",
    contactId: i === 7 ? maria.id : null,
    subject: i === 11 ? "Refund 100% please" : `New ticket ${i}`,
    // Two tickets share a create time: the id breaks the tie, so paging neither skips nor repeats.
    ...(i === 30 ? { createdAt: new Date(Date.parse("2026-01-01T00:00:00Z") + 29 * 60_000) } : {}),
  }));
  await ticketsIn(pipeline, "Closed", 5);
  await actAs("AGENT");
});

async function allPages(query: Record<string, string | number | undefined>) {
  const seen: BoardCard[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const { status, body } = await columnPage({ ...query, cursor });
    expect(status).toBe(200);
    seen.push(...body.cards);
    cursor = body.nextCursor ?? undefined;
    pages++;
  } while (cursor);
  return { seen, pages };
}

describe("board columns", () => {
  it("pages a column newest first with a keyset cursor, no card missed or repeated", async () => {
    const { seen, pages } = await allPages({ pipelineId: pipeline.id, statusId: statusOf(pipeline, "New"), limit: 25 });
    expect(pages).toBe(3);
    expect(seen).toHaveLength(60);
    expect(new Set(seen.map((c) => c.id)).size).toBe(60);
    expect(new Set(seen.map((c) => c.id))).toEqual(new Set(newIds));
    const order = seen.map((c) => [c.createdAt, c.id].join(" "));
    expect(order).toEqual([...order].sort().reverse());
  });

  it("gives every column's first page in one query, with the next cursor only where there is more", async () => {
    const pages = await boardFirstPages(pipeline.id, {}, 25);
    expect(pages[statusOf(pipeline, "New")]!.cards).toHaveLength(25);
    expect(pages[statusOf(pipeline, "New")]!.nextCursor).toEqual(expect.any(String));
    expect(pages[statusOf(pipeline, "Closed")]!.cards).toHaveLength(5);
    expect(pages[statusOf(pipeline, "Closed")]!.nextCursor).toBeNull();
    expect(pages[statusOf(pipeline, "Waiting on us")]).toBeUndefined();
  });

  it("counts every column in one grouped query", async () => {
    const { body } = await counts({ pipelineId: pipeline.id });
    expect(body).toEqual({ [statusOf(pipeline, "New")]: 60, [statusOf(pipeline, "Closed")]: 5 });
  });

  it("filters by owner, unassigned and priority, and the counts agree with the pages", async () => {
    const cases = [
      [{ ownerId: agentId }, 20],
      [{ ownerId: "none" }, 40],
      [{ priority: "URGENT" }, 15],
      [{ ownerId: agentId, priority: "URGENT" }, 5],
    ] as const;
    for (const [filters, expected] of cases) {
      const { seen } = await allPages({ pipelineId: pipeline.id, statusId: statusOf(pipeline, "New"), ...filters });
      expect(seen).toHaveLength(expected);
      const { body } = await counts({ pipelineId: pipeline.id, ...filters });
      expect(body[statusOf(pipeline, "New")]).toBe(expected);
    }
  });

  it("searches subject and contact, case-insensitively, with % taken literally", async () => {
    const query = { pipelineId: pipeline.id, statusId: statusOf(pipeline, "New") };
    expect(
      (await columnPage({ ...query, q: "maria SEARCH" })).body.cards.map((c: BoardCard) => c.contact?.name),
    ).toEqual(["Maria Search"]);
    expect((await columnPage({ ...query, q: "100%" })).body.cards.map((c: BoardCard) => c.subject)).toEqual([
      "Refund 100% please",
    ]);
    expect((await columnPage({ ...query, q: "0% p" })).body.cards).toHaveLength(1);
    expect((await counts({ pipelineId: pipeline.id, q: "%" })).body).toEqual({ [statusOf(pipeline, "New")]: 1 });
  });

  it("finds tickets by contact email or name, each once when subject, name and email all match", async () => {
    const other = await newPipeline();
    const zed = await db.contact.create({ data: { id: newId(), email: "zed-twice@dup.example", name: "Zed Twice" } });
    const subjects = ["zed-twice asks", "Other", "Zed-Twice in the subject only", "Unrelated"];
    const ids = await ticketsIn(other, "New", 4, (i) => ({ contactId: i < 2 ? zed.id : null, subject: subjects[i] }));
    const found = async (q: string) => {
      const pages = await boardFirstPages(other.id, { q }, 25);
      const cards = pages[statusOf(other, "New")]?.cards ?? [];
      const { body } = await counts({ pipelineId: other.id, q });
      return { ids: cards.map((c) => c.id).sort(), count: body[statusOf(other, "New")] };
    };
    expect(await found("ZED-TWICE")).toEqual({ ids: [ids[0], ids[1], ids[2]].sort(), count: 3 });
    expect(await found("@dup.exam")).toEqual({ ids: [ids[0], ids[1]].sort(), count: 2 });
    expect(await found("zed twice")).toEqual({ ids: [ids[0], ids[1]].sort(), count: 2 });
  });

  it("refuses bad input with 400 and a field path, and a forged cursor", async () => {
    const bad = await columnPage({
      pipelineId: pipeline.id,
      statusId: statusOf(pipeline, "New"),
      priority: "SOMETIMES",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toEqual(["priority"]);
    const forged = await columnPage({
      pipelineId: pipeline.id,
      statusId: statusOf(pipeline, "New"),
      cursor: "bm90IGpzb24",
    });
    expect(forged.status).toBe(400);
  });

  it("refuses anonymous readers", async () => {
    await actAs(null);
    expect((await columnPage({ pipelineId: pipeline.id, statusId: statusOf(pipeline, "New") })).status).toBe(401);
    expect((await counts({ pipelineId: pipeline.id })).status).toBe(401);
    await actAs("AGENT");
  });
});
