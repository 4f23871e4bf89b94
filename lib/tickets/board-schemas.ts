// The board's inputs and outputs (filters, a column's page, a move). Free of server imports:
// the board's client code and the server parse with the same schemas.
import { z } from "zod";
import type { CardSla } from "@/lib/sla/card-sla";
import { PRIORITIES, type TPriority } from "./priorities";

export { PRIORITIES, PRIORITY_LABEL, type TPriority } from "./priorities";

export const BOARD_PAGE_SIZE = 25;

/** SPEC §9: the board's SLA filter, by the state of the card's SLA (its target needing attention first). */
export const SLA_FILTERS = ["overdue", "due_soon", "pending", "missed", "met"] as const;
export type TSlaFilter = (typeof SLA_FILTERS)[number];

/** The owner filter's value for tickets with no owner. */
export const UNASSIGNED = "none";

const ZId = z.string().min(1).max(200);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

export const ZBoardFilters = z.object({
  /** A user id, or UNASSIGNED. */
  ownerId: optional(ZId),
  priority: optional(z.enum(PRIORITIES)),
  /** Matches the subject, the contact's name or email (case-insensitive). */
  q: optional(z.string().trim().max(200)),
  sla: optional(z.enum(SLA_FILTERS)),
  /** Absent: newest first; "sla": the next SLA due time first (tickets without a running clock last). */
  sort: optional(z.enum(["sla"])),
});
export type TBoardFilters = z.infer<typeof ZBoardFilters>;

export const ZBoardColumnQuery = ZBoardFilters.extend({
  pipelineId: ZId,
  statusId: ZId,
  cursor: optional(z.string().max(500)),
  limit: z.coerce.number().int().min(1).max(100).default(BOARD_PAGE_SIZE),
});
export type TBoardColumnQuery = z.infer<typeof ZBoardColumnQuery>;

export const ZBoardCountsQuery = ZBoardFilters.extend({ pipelineId: ZId });
export type TBoardCountsQuery = z.infer<typeof ZBoardCountsQuery>;

export const ZMoveTicket = z.object({
  ticketId: ZId,
  toStatusId: ZId,
  /** The version the card showed: a move on a stale card is refused, not merged. */
  version: z.number().int().min(1),
});
export type TMoveTicket = z.infer<typeof ZMoveTicket>;

export interface BoardCard {
  id: string;
  subject: string;
  priority: TPriority;
  statusId: string;
  version: number;
  /** ISO instant. */
  createdAt: string;
  /** YYYY-MM-DD, in the account's time zone (SPEC §3). */
  closeDate: string | null;
  contact: { id: string; name: string | null; email: string } | null;
  owner: { id: string; name: string } | null;
  /** SPEC §9: the SLA target needing attention first; null without an SLA. */
  sla: CardSla | null;
}

export interface BoardColumnPage {
  cards: BoardCard[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Tickets per status id, under the current filters. */
export type BoardCounts = Record<string, number>;

/** Filters as URL search parameters (the board's URL is shareable). */
export function filtersToParams(filters: TBoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.ownerId) params.set("ownerId", filters.ownerId);
  if (filters.priority) params.set("priority", filters.priority);
  if (filters.q) params.set("q", filters.q);
  if (filters.sla) params.set("sla", filters.sla);
  if (filters.sort) params.set("sort", filters.sort);
  return params;
}

/** Reads filters from URL search parameters, dropping anything invalid. */
export function filtersFromParams(read: (key: string) => string | null | undefined): TBoardFilters {
  const parsed = ZBoardFilters.safeParse({
    ownerId: read("ownerId"),
    priority: read("priority"),
    q: read("q"),
    sla: read("sla"),
    sort: read("sort"),
  });
  return parsed.success ? parsed.data : {};
}
