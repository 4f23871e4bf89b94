import { describe, expect, it } from "vitest";
import {
  DEFAULT_EXCLUSION_FILTER,
  DEFAULT_FILTER_GROUPS,
  groupsFromLegacyFilters,
  matchesFilter,
  matchesFilterGroup,
  matchesFilterGroups,
  type FilterableTicket,
} from "./enrollment-filters";
import { LEGACY_FILTER_CASES, legacyEnrols } from "./test-fixtures";
import type { EnrollmentFilter, Priority, TicketSource } from "./types";

const ticket = { source: "EMAIL", priority: "HIGH", ownerId: null } as const;
const SOURCES: TicketSource[] = ["EMAIL", "CHAT", "MESSENGER", "FORM", "WHATSAPP", "PHONE", "API", "MANUAL"];
const PRIORITIES: Priority[] = ["LOW", "MEDIUM", "HIGH", "URGENT"];
const tickets: FilterableTicket[] = SOURCES.flatMap((source) =>
  PRIORITIES.flatMap((priority) => [null, "us-1", "us-2"].map((ownerId) => ({ source, priority, ownerId }))),
);
const chatIs: EnrollmentFilter = { property: "source", operator: "is", value: "CHAT" };
const urgent: EnrollmentFilter = { property: "priority", operator: "is", value: "URGENT" };

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
});

describe("filter groups: OR of groups, each an AND of filters (SPEC §5)", () => {
  it("a group ANDs its filters", () => {
    expect(matchesFilterGroup(ticket, [{ property: "priority", operator: "is", value: "HIGH" }])).toBe(true);
    expect(matchesFilterGroup(ticket, [{ property: "priority", operator: "is", value: "HIGH" }, chatIs])).toBe(false);
  });

  it("groups are ORed: one matching group is enough, none matching enrols nobody", () => {
    expect(matchesFilterGroups(ticket, [[chatIs], [{ property: "priority", operator: "is", value: "HIGH" }]])).toBe(
      true,
    );
    expect(matchesFilterGroups(ticket, [[chatIs], [urgent]])).toBe(false);
    expect(matchesFilterGroups({ ...ticket, priority: "URGENT" }, [[chatIs], [urgent]])).toBe(true);
  });

  it("an empty group matches every ticket (AND of nothing), and so does a workflow without groups", () => {
    for (const t of tickets) {
      expect(matchesFilterGroup(t, [])).toBe(true);
      expect(matchesFilterGroups(t, [[chatIs], []])).toBe(true);
      expect(matchesFilterGroups(t, [])).toBe(true);
    }
  });

  it("the default exclusion is a visible filter: 'Source is none of Chat, Facebook Messenger'", () => {
    expect(DEFAULT_FILTER_GROUPS).toEqual([
      [{ property: "source", operator: "is_none_of", value: ["CHAT", "MESSENGER"] }],
    ]);
    for (const t of tickets) {
      expect(matchesFilterGroups(t, DEFAULT_FILTER_GROUPS)).toBe(t.source !== "CHAT" && t.source !== "MESSENGER");
    }
  });

  it("adding a group 'Source is Chat' lets chat tickets in in addition to the others (Messenger stays out)", () => {
    const withChat = [[DEFAULT_EXCLUSION_FILTER], [chatIs]];
    for (const t of tickets) expect(matchesFilterGroups(t, withChat)).toBe(t.source !== "MESSENGER");
  });

  it("removing the default filter lets every source in", () => {
    for (const t of tickets) expect(matchesFilterGroups(t, [[]])).toBe(true);
  });
});

describe("groupsFromLegacyFilters: the same decision as the hidden chat/Messenger rule", () => {
  for (const filters of LEGACY_FILTER_CASES) {
    it(`${JSON.stringify(filters)}`, () => {
      const groups = groupsFromLegacyFilters(filters);
      for (const t of tickets) expect(matchesFilterGroups(t, groups)).toBe(legacyEnrols(t, filters));
    });
  }

  it("a workflow without filters gets exactly the default exclusion", () => {
    expect(groupsFromLegacyFilters([])).toEqual(DEFAULT_FILTER_GROUPS);
  });

  it("a filter naming Chat keeps only Messenger excluded", () => {
    expect(groupsFromLegacyFilters([chatIs])).toEqual([
      [chatIs, { property: "source", operator: "is_none_of", value: ["MESSENGER"] }],
    ]);
  });
});
