// Inputs of the mail API (GET /api/v1/outbox). Free of server imports.
import { z } from "zod";

export const ZOutboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  ticketId: z.string().min(1).max(100).optional(),
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;
