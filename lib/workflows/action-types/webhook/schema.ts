import { z } from "zod";

export const ZWebhook = z.object({
  type: z.literal("webhook"),
  url: z.url({ protocol: /^https?$/, message: "Enter an http:// or https:// URL" }),
  method: z.enum(["POST", "PUT"]).default("POST"),
  /** Names the webhook's signing secret (lib/webhooks); the server sets it, the secret itself is never here. */
  secretId: z.string().min(1).max(100).optional(),
});

export type TWebhook = z.output<typeof ZWebhook>;
