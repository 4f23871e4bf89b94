// Workflow enrollment filters (§5 "Open in Workflows": enrollment, re-enrollment, filters).
import type { EnrollmentFilter, FilterProperty, TicketSnapshot, TicketSource } from "./types";

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

export function matchesEnrollmentFilters(ticket: FilterableTicket, filters: readonly EnrollmentFilter[]): boolean {
  return filters.every((filter) => matchesFilter(ticket, filter));
}

/**
 * Does a filter explicitly name this source ("source is Chat", or "source is any of" a
 * list containing it)? Only a positive mention opts chat/messenger tickets in (§5):
 * "source is not Email" lets chats through the filter but is not an opt-in.
 */
export function filtersNameSource(filters: readonly EnrollmentFilter[], source: TicketSource): boolean {
  return filters.some(
    (f) =>
      f.property === "source" &&
      ((f.operator === "is" && f.value === source) || (f.operator === "is_any_of" && f.value.includes(source))),
  );
}
