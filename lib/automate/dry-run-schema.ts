// POST /api/v1/tickets/:id/dry-run `{ event }`: the events the endpoint accepts, about this
// ticket (the thread defaults to the one it was created from, the sender to its contact), and
// `ticket.updated` for what a PATCH would do. Free of server imports.
import { z } from "zod";
import { ZSentFrom } from "@/lib/events/schemas";
import { ZPriority } from "@/lib/tickets/schemas";

const ZKey = z.string().min(1).max(500);
const ZId = z.string().min(1).max(200);

export const ZDryRunEvent = z.discriminatedUnion("type", [
  z.object({
    id: ZId.optional(),
    type: z.literal("message.received"),
    data: z
      .object({
        threadKey: ZKey.nullish(),
        from: z.object({ email: z.email().max(320) }).nullish(),
        forwarded: z.boolean().nullish(),
        inReplyTo: ZKey.nullish(),
      })
      .default({}),
  }),
  z.object({
    id: ZId.optional(),
    type: z.literal("email.sent"),
    data: z.object({ sentFrom: ZSentFrom, forwarded: z.boolean().nullish(), threadKey: ZKey.nullish() }),
  }),
  z.object({
    id: ZId.optional(),
    type: z.literal("ticket.updated"),
    data: z.object({
      statusId: ZId.optional(),
      ownerId: ZId.nullable().optional(),
      priority: ZPriority.optional(),
    }),
  }),
]);
export type TDryRunEvent = z.infer<typeof ZDryRunEvent>;

export const ZDryRunBody = z.object({ event: ZDryRunEvent });
