// A channel's ticket-creation settings (SPEC §2), shared by the channel settings form and the server.
import { z } from "zod";

const ZId = z.string().min(1).max(100);

export const CHANNEL_TYPE_LABEL = {
  TEAM_EMAIL: "Team email",
  CHAT: "Chat",
  FORM: "Form",
  MESSENGER: "Facebook Messenger",
  WHATSAPP: "WhatsApp",
  PHONE: "Phone",
} as const;

export const ZChannelSettings = z
  .object({
    channelId: ZId,
    /** The channel version the form read; a stale one is refused (CONFLICT). */
    expectedVersion: z.number().int().min(1),
    createsTickets: z.boolean(),
    pipelineId: ZId.nullable(),
    statusId: ZId.nullable(),
    ownerId: ZId.nullable(),
  })
  .superRefine((input, ctx) => {
    // Switched off, the channel keeps where it would create tickets, for when it is switched on again.
    if (!input.createsTickets) return;
    if (!input.pipelineId)
      ctx.addIssue({ code: "custom", path: ["pipelineId"], message: "Choose the pipeline new tickets go to" });
    if (!input.statusId)
      ctx.addIssue({ code: "custom", path: ["statusId"], message: "Choose the status new tickets start in" });
  });
export type TChannelSettings = z.infer<typeof ZChannelSettings>;
