// Workflow enrollment criteria (SPEC §5): filter groups as the source product models them — a
// ticket enrols when it matches ANY group, and matches a group when it matches EVERY filter in it.
// The default exclusion of live chat and Facebook Messenger is an ordinary, visible filter.
import type { EnrollmentFilter, EnrollmentFilterGroup, FilterProperty, TicketSnapshot, TicketSource } from "./types";

export type FilterableTicket = Pick<TicketSnapshot, "source" | "priority" | "ownerId">;

function valueOf(ticket: FilterableTicket, property: FilterProperty): string | null {
  switch (property) {
    case "source":
      return ticket.source;
    case "priority":
      return ticket.priority;
    case "ownerId":
      return ticket.ownerId;
    default: {
      const unknownProperty: never = property;
      throw new Error(`Unknown filter property: ${String(unknownProperty)}`);
    }
  }
}

export function matchesFilter(ticket: FilterableTicket, filter: EnrollmentFilter): boolean {
  const actual = valueOf(ticket, filter.property);
  switch (filter.operator) {
    case "is":
      return actual === filter.value;
    case "is_not":
      return actual !== filter.value;
    case "is_any_of":
      return actual !== null && filter.value.includes(actual);
    case "is_none_of":
      return actual === null || !filter.value.includes(actual);
    case "is_known":
      return actual !== null;
    case "is_unknown":
      return actual === null;
    default: {
      const unknownOperator: never = filter;
      throw new Error(`Unknown filter operator: ${JSON.stringify(unknownOperator)}`);
    }
  }
}

/** AND: a group matches when every filter in it does (a group without filters matches every ticket). */
export function matchesFilterGroup(ticket: FilterableTicket, group: EnrollmentFilterGroup): boolean {
  return group.every((filter) => matchesFilter(ticket, filter));
}

/** OR of groups: the ticket enrols when any group matches; no groups at all means no criteria (every ticket). */
export function matchesFilterGroups(ticket: FilterableTicket, groups: readonly EnrollmentFilterGroup[]): boolean {
  return groups.length === 0 || groups.some((group) => matchesFilterGroup(ticket, group));
}

/** Sources a new workflow leaves out (§5), through a filter the editor shows and the user may change. */
export const SOURCES_EXCLUDED_BY_DEFAULT = ["CHAT", "MESSENGER"] as const satisfies readonly TicketSource[];

/** "Source is none of Chat, Facebook Messenger": the default exclusion as a filter. */
export const DEFAULT_EXCLUSION_FILTER: EnrollmentFilter = {
  property: "source",
  operator: "is_none_of",
  value: SOURCES_EXCLUDED_BY_DEFAULT,
};

/** A new workflow's enrollment criteria: one group holding the default exclusion. */
export const DEFAULT_FILTER_GROUPS: readonly EnrollmentFilterGroup[] = [[DEFAULT_EXCLUSION_FILTER]];

/**
 * The filter groups that decide exactly as a workflow's filters did before groups existed, when
 * chat and Messenger were left out by a hidden rule unless a filter named their source ("source is
 * Chat" or "source is any of […Chat…]"): the old filters ANDed with "source is none of" the
 * excluded sources they do not name. The migration 20261203180000_enrollment_filter_groups does
 * the same in SQL; tests/integration/enrollment-groups-migration.test.ts holds them to it.
 */
export function groupsFromLegacyFilters(filters: readonly EnrollmentFilter[]): EnrollmentFilterGroup[] {
  const names = (source: TicketSource) =>
    filters.some(
      (f) =>
        f.property === "source" &&
        ((f.operator === "is" && f.value === source) || (f.operator === "is_any_of" && f.value.includes(source))),
    );
  const stillExcluded = SOURCES_EXCLUDED_BY_DEFAULT.filter((source) => !names(source));
  const exclusion: EnrollmentFilter[] =
    stillExcluded.length > 0 ? [{ property: "source", operator: "is_none_of", value: stillExcluded }] : [];
  return [[...filters, ...exclusion]];
}
