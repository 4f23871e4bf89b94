import { z } from "zod";

export const ZWebhook = z.object({
  type: z.literal("webhook"),
  url: z.url({ protocol: /^https?$/, message: "Enter an http:// or https:// URL" }),
  method: z.enum(["POST", "PUT"]).default("POST"),
});
