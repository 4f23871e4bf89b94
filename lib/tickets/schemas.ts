// Inputs of the tickets API (DESIGN.md "Public HTTP API"). Free of server imports.
import { z } from "zod";

const ZId = z.string().min(1).max(200);

/** The schema's Priority enum; SPEC writes it in lower case, so either case is accepted. */
export const ZPriority = z.preprocess(
  (value) => (typeof value === "string" ? value.toUpperCase() : value),
  z.enum(["LOW", "MEDIUM", "HIGH", "URGENT"]),
);

export const ZUpdateTicket = z
  .object({
    statusId: ZId.optional(),
    /** null unassigns. */
    ownerId: ZId.nullable().optional(),
    priority: ZPriority.optional(),
    /** The version the caller read: a stale one is refused with 409. */
    version: z.number().int().min(1),
  })
  .refine((input) => input.statusId !== undefined || input.ownerId !== undefined || input.priority !== undefined, {
    message: "Send at least one of statusId, ownerId, priority",
    path: [],
  });
export type TUpdateTicket = z.infer<typeof ZUpdateTicket>;

export const MAX_PAGE_SIZE = 200;

export const ZListTicketsQuery = z.object({
  pipelineId: ZId.optional(),
  statusId: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  /** From the previous page's X-Next-Cursor header; opaque. */
  cursor: z.string().min(1).max(500).optional(),
});
export type TListTicketsQuery = z.infer<typeof ZListTicketsQuery>;
