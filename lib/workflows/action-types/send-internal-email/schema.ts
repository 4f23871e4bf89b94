import { z } from "zod";
import { checkTemplateText } from "@/lib/templates/check-template";
import { ZId } from "../ids";

export const ZSendInternalEmail = z.object({
  type: z.literal("send_internal_email"),
  to: z
    .object({
      userIds: z.array(ZId).max(100).default([]),
      teamIds: z.array(ZId).max(100).default([]),
      owner: z.boolean().default(false),
    })
    .refine((to) => to.owner || to.userIds.length > 0 || to.teamIds.length > 0, {
      message: "Choose at least one recipient",
    }),
  subject: z.string().trim().min(1, "Subject is required").max(200).superRefine(checkTemplateText),
  body: z.string().trim().min(1, "Body is required").max(10_000).superRefine(checkTemplateText),
});
export type TSendInternalEmail = z.output<typeof ZSendInternalEmail>;
