import { describe, expect, it } from "vitest";
import type { BoardCard } from "@/lib/tickets/board-schemas";
import { findCard, insertCard, patchCard, removeCard, shiftCount, type ColumnData } from "./board-cache";

const card = (id: string, createdAt: string): BoardCard => ({
  id,
  subject: id,
  priority: "MEDIUM",
  statusId: "s1",
  version: 1,
  createdAt,
  closeDate: null,
  sla: null,
  contact: null,
  owner: null,
});

const column = (...pages: BoardCard[][]): ColumnData => ({
  pages: pages.map((cards, i) => ({ cards, nextCursor: i < pages.length - 1 ? `c${i}` : null })),
  pageParams: pages.map((_, i) => (i === 0 ? null : `c${i - 1}`)),
});

const ids = (data: ColumnData | undefined) => data?.pages.map((p) => p.cards.map((c) => c.id));

describe("board cache edits", () => {
  const a = card("a", "2026-03-05T00:00:00.000Z");
  const b = card("b", "2026-03-03T00:00:00.000Z");
  const c = card("c", "2026-03-01T00:00:00.000Z");

  it("inserts a card where the column query would list it (newest first)", () => {
    expect(ids(insertCard(column([a, c]), b))).toEqual([["a", "b", "c"]]);
    expect(ids(insertCard(column([b, c]), a))).toEqual([["a", "b", "c"]]);
  });

  it("puts a card older than everything loaded at the end of the last page", () => {
    expect(ids(insertCard(column([a], [b]), c))).toEqual([["a"], ["b", "c"]]);
  });

  it("breaks createdAt ties by id, descending", () => {
    const x = card("x", a.createdAt);
    expect(ids(insertCard(column([a, c]), x))).toEqual([["x", "a", "c"]]);
  });

  it("removes, finds and patches a card on any page", () => {
    const data = column([a], [b, c]);
    expect(ids(removeCard(data, "b"))).toEqual([["a"], ["c"]]);
    expect(findCard(data, "c")?.id).toBe("c");
    expect(findCard(patchCard(data, "c", { version: 7 }), "c")?.version).toBe(7);
  });

  it("leaves a column that was never loaded alone", () => {
    expect(insertCard(undefined, a)).toBeUndefined();
    expect(removeCard(undefined, "a")).toBeUndefined();
  });

  it("moves one from a count to another, never below zero", () => {
    expect(shiftCount({ s1: 3, s2: 0 }, "s1", "s2")).toEqual({ s1: 2, s2: 1 });
    expect(shiftCount({}, "s1", "s2")).toEqual({ s1: 0, s2: 1 });
  });
});
