import { z } from "zod";

export const BUILT_IN_TEMPLATE_KEYS = ["ticket_received", "ticket_closed"] as const;

export const ZSendEmail = z.object({
  type: z.literal("send_email"),
  /** A built-in template key, or the id of a custom automated email. */
  template: z.string().min(1, "Choose an email").max(100),
});

export type TSendEmail = z.output<typeof ZSendEmail>;
