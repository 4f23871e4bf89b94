import { describe, expect, it } from "vitest";
import { filtersNameSource, matchesEnrollmentFilters, matchesFilter } from "./enrollment-filters";
import type { EnrollmentFilter } from "./types";

const ticket = { source: "EMAIL", priority: "HIGH", ownerId: null } as const;

describe("enrollment filters", () => {
  const cases: [EnrollmentFilter, boolean][] = [
    [{ property: "priority", operator: "is", value: "HIGH" }, true],
    [{ property: "priority", operator: "is", value: "LOW" }, false],
    [{ property: "priority", operator: "is_not", value: "LOW" }, true],
    [{ property: "priority", operator: "is_not", value: "HIGH" }, false],
    [{ property: "source", operator: "is_any_of", value: ["CHAT", "EMAIL"] }, true],
    [{ property: "source", operator: "is_any_of", value: ["CHAT"] }, false],
    [{ property: "source", operator: "is_none_of", value: ["CHAT"] }, true],
    [{ property: "source", operator: "is_none_of", value: ["EMAIL"] }, false],
    [{ property: "ownerId", operator: "is_unknown" }, true],
    [{ property: "ownerId", operator: "is_known" }, false],
    [{ property: "ownerId", operator: "is_any_of", value: ["us-1"] }, false],
    [{ property: "ownerId", operator: "is_none_of", value: ["us-1"] }, true],
  ];
  for (const [filter, expected] of cases) {
    it(`${filter.property} ${filter.operator} ${JSON.stringify(filter.value ?? "")} → ${expected}`, () => {
      expect(matchesFilter(ticket, filter)).toBe(expected);
    });
  }

  it("ANDs filters, and an empty list matches every ticket", () => {
    expect(matchesEnrollmentFilters(ticket, [])).toBe(true);
    expect(
      matchesEnrollmentFilters(ticket, [
        { property: "priority", operator: "is", value: "HIGH" },
        { property: "source", operator: "is", value: "CHAT" },
      ]),
    ).toBe(false);
  });
});

describe("filtersNameSource (chat/messenger opt-in, SPEC §5)", () => {
  it("counts 'source is Chat' and 'source is any of [..Chat..]'", () => {
    expect(filtersNameSource([{ property: "source", operator: "is", value: "CHAT" }], "CHAT")).toBe(true);
    expect(
      filtersNameSource([{ property: "source", operator: "is_any_of", value: ["EMAIL", "MESSENGER"] }], "MESSENGER"),
    ).toBe(true);
  });

  it("does not count negative filters, other sources or other properties", () => {
    expect(filtersNameSource([{ property: "source", operator: "is_not", value: "EMAIL" }], "CHAT")).toBe(false);
    expect(filtersNameSource([{ property: "source", operator: "is_none_of", value: ["CHAT"] }], "CHAT")).toBe(false);
    expect(filtersNameSource([{ property: "source", operator: "is", value: "CHAT" }], "MESSENGER")).toBe(false);
    expect(filtersNameSource([{ property: "priority", operator: "is", value: "CHAT" }], "CHAT")).toBe(false);
    expect(filtersNameSource([], "CHAT")).toBe(false);
  });
});
