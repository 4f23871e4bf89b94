// The board's search (subject, contact name, contact email; substring, case-insensitive) read
// through the trigger-kept `searchText` and its trigram index: the same tickets as ILIKE on the
// three, whatever the text holds (%, _, \, a newline), after renames and contact changes, and
// the board page's one-query pages and counts agree with the column and counts endpoints.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbHandle } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { boardFirstPages } from "@/lib/tickets/board-columns";
import { boardSearchFirstPages } from "@/lib/tickets/board-search-pages";
import type { BoardCard, TBoardFilters } from "@/lib/tickets/board-schemas";
import { newPipeline, statusOf, type TestPipeline } from "../support/pipelines";
import { actAs } from "../support/users";
import { columnPage, counts, ticketsIn } from "./board-fixtures";

let pipeline: TestPipeline;
let tag: string;

const SUBJECTS = [
  "50% off the Refund",
  "50 percent off",
  "under_score here",
  "underXscore here",
  "back\\slash path",
  "backslash path",
  "line one\nline two",
  "ÉCLAIR à la crème",
  "Please call",
  "plain refund request",
];

beforeAll(async () => {
  pipeline = await newPipeline();
  tag = newId().slice(-8);
  const ada = await db.contact.create({
    data: { id: newId(), email: `ada.${tag}@Lovelace.example`, name: `Ada Quux${tag}` },
  });
  const zed = await db.contact.create({ data: { id: newId(), email: `zed.${tag}@zed.example`, name: null } });
  const labels = ["New", "Waiting on us", "Closed"];
  for (const [n, label] of labels.entries()) {
    await ticketsIn(pipeline, label, SUBJECTS.length, (i) => ({
      subject: SUBJECTS[i],
      contactId: (i + n) % 3 === 0 ? ada.id : (i + n) % 3 === 1 ? zed.id : null,
      priority: i % 2 === 0 ? "HIGH" : "LOW",
      createdAt: new Date(Date.parse("2026-02-01T00:00:00Z") + (i * 7 + n) * 60_000),
    }));
  }
  await actAs("AGENT");
});

/** What ILIKE on the three finds in the pipeline (the board's meaning of a search). */
async function reference(q: string): Promise<string[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const found = await dbHandle().sql.query<{ id: string }>(
    `SELECT t.id FROM "Ticket" t LEFT JOIN "Contact" c ON c.id = t."contactId"
     WHERE t."pipelineId" = $1 AND (t.subject ILIKE $2 OR c.name ILIKE $2 OR c.email ILIKE $2)`,
    [pipeline.id, pattern],
  );
  return found.map((r) => r.id).sort();
}

async function found(q: string, filters: TBoardFilters = {}): Promise<string[]> {
  // A page of 1 walks the columns with more than 2 matches; a page of 100 reads every match at once.
  const [few, all] = await Promise.all(
    [1, 100].map((limit) => boardSearchFirstPages(pipeline.id, { ...filters, q }, limit)),
  );
  const ids = Object.values(all!.pages).flatMap((page) => page.cards.map((c) => c.id));
  expect(Object.values(all!.counts).reduce((a, b) => a + b, 0)).toBe(ids.length);
  expect(few!.counts).toEqual(all!.counts);
  for (const [statusId, page] of Object.entries(few!.pages))
    expect(page.cards[0]).toEqual(all!.pages[statusId]!.cards[0]);
  return ids.sort();
}

describe("board search", () => {
  it("finds what ILIKE on subject, contact name and email finds, for any text", async () => {
    const texts = [
      "refund",
      "REFUND",
      "50%",
      "%",
      "_",
      "r_s",
      "\\",
      "k\\s",
      "éclair",
      "ÉCLAIR À",
      `quux${tag}`,
      `@lovelace.example`,
      `ZED.${tag}`,
      "one\nline",
      "call\nada",
      "\n",
      "e",
      "no such thing",
    ];
    for (const q of texts) expect({ q, ids: await found(q) }).toEqual({ q, ids: await reference(q) });
  });

  it("takes %, _ and \\ literally and matches case-insensitively", async () => {
    const subjects = async (q: string) => {
      const { pages } = await boardSearchFirstPages(pipeline.id, { q }, 100);
      return [...new Set(Object.values(pages).flatMap((p) => p.cards.map((c) => c.subject)))].sort();
    };
    expect(await subjects("50%")).toEqual(["50% off the Refund"]);
    expect(await subjects("r_s")).toEqual(["under_score here"]);
    expect(await subjects("k\\s")).toEqual(["back\\slash path"]);
    expect(await subjects("Éclair À LA")).toEqual(["ÉCLAIR à la crème"]);
    // A match may not run from the subject into the contact's name.
    expect(await found("call\nada")).toEqual([]);
    expect(await subjects("one\nLINE")).toEqual(["line one\nline two"]);
  });

  it("follows a contact's new name and email, a ticket's new contact and a deleted contact", async () => {
    const other = await newPipeline();
    const before = await db.contact.create({ data: { id: newId(), email: `old.${tag}@x.example`, name: "Old Name" } });
    const [id] = await ticketsIn(other, "New", 1, () => ({ subject: "Printer", contactId: before.id }));
    const ids = async (q: string) =>
      ((await boardFirstPages(other.id, { q }, 25))[statusOf(other, "New")]?.cards ?? []).map((c: BoardCard) => c.id);
    expect(await ids(`old.${tag}`)).toEqual([id]);
    await db.contact.update({
      where: { id: before.id },
      data: { name: "Renamed Person", email: `new.${tag}@x.example` },
    });
    expect(await ids(`old.${tag}`)).toEqual([]);
    expect(await ids("renamed person")).toEqual([id]);
    expect(await ids(`NEW.${tag}`)).toEqual([id]);
    const next = await db.contact.create({ data: { id: newId(), email: `next.${tag}@x.example`, name: "Next One" } });
    await db.ticket.update({ where: { id }, data: { contactId: next.id, subject: "Scanner" } });
    expect(await ids("renamed")).toEqual([]);
    expect(await ids("next one")).toEqual([id]);
    expect(await ids("scanner")).toEqual([id]);
    await db.contact.delete({ where: { id: next.id } });
    expect(await ids("next one")).toEqual([]);
    expect(await ids("scanner")).toEqual([id]);
  });

  it("recomputes a ticket's search text when its subject or contact changes, and only then", async () => {
    const other = await newPipeline();
    const first = await db.contact.create({ data: { id: newId(), email: `first.${tag}@x.example`, name: "First" } });
    const second = await db.contact.create({ data: { id: newId(), email: `second.${tag}@x.example`, name: null } });
    const [id] = await ticketsIn(other, "New", 1, () => ({ subject: "Toner", contactId: first.id }));
    const text = async () =>
      (await dbHandle().sql.query<{ t: string }>(`SELECT "searchText" AS t FROM "Ticket" WHERE id = $1`, [id]))[0]!.t;
    // A text no subject or contact gives: kept unless the trigger runs.
    const plant = () => dbHandle().sql.query(`UPDATE "Ticket" SET "searchText" = 'planted' WHERE id = $1`, [id]);
    await plant();
    // The ticket's guarded update names subject and contactId whatever changed (ticket-writes.ts).
    await dbHandle().sql.query(
      `UPDATE "Ticket" SET subject = subject, "contactId" = "contactId", "statusId" = $2, version = version + 1 WHERE id = $1`,
      [id, statusOf(other, "Waiting on us")],
    );
    expect(await text()).toBe("planted");
    await dbHandle().sql.query(`UPDATE "Ticket" SET subject = 'Drum unit' WHERE id = $1`, [id]);
    expect(await text()).toBe(`drum unit\nfirst\nfirst.${tag}@x.example`.toLowerCase());
    await plant();
    await dbHandle().sql.query(`UPDATE "Ticket" SET "contactId" = $2 WHERE id = $1`, [id, second.id]);
    expect(await text()).toBe(`drum unit\n\nsecond.${tag}@x.example`.toLowerCase());
  });

  it("finds a column's first page past the tickets its walk reads (few matches among many)", async () => {
    const deep = await newPipeline();
    // The 3 oldest of 1,100 match: the walk down the column's newest 1,000 finds none of them.
    const ids = await ticketsIn(deep, "New", 1100, (i) => ({ subject: i < 3 ? `deepword ${i}` : `shallow ${i}` }));
    for (const limit of [1, 2, 5]) {
      const { pages, counts: counted } = await boardSearchFirstPages(deep.id, { q: "DEEPWORD" }, limit);
      expect(counted).toEqual({ [statusOf(deep, "New")]: 3 });
      const page = pages[statusOf(deep, "New")]!;
      expect(page.cards.map((c) => c.id)).toEqual([ids[2], ids[1], ids[0]].slice(0, limit));
      expect(page.nextCursor === null).toBe(limit >= 3);
    }
    const { pages } = await boardSearchFirstPages(deep.id, { q: "shallow 10" }, 2);
    expect(pages[statusOf(deep, "New")]!.cards.map((c) => c.subject)).toEqual(["shallow 1099", "shallow 1098"]);
  });

  it("gives the board page the pages and counts the column and counts endpoints give", async () => {
    for (const filters of [
      { q: "refund" },
      { q: "e", priority: "HIGH" },
      { q: "e", sort: "sla" },
      { q: `quux${tag}` },
    ] as const) {
      const { pages, counts: counted } = await boardSearchFirstPages(pipeline.id, filters, 2);
      expect((await counts({ pipelineId: pipeline.id, ...filters })).body).toEqual(counted);
      for (const status of pipeline.statuses) {
        const { body } = await columnPage({ pipelineId: pipeline.id, statusId: status.id, limit: 2, ...filters });
        if (body.cards.length === 0) expect(pages[status.id]).toBeUndefined();
        else expect({ filters, page: pages[status.id] }).toEqual({ filters, page: body });
      }
    }
  });
});
