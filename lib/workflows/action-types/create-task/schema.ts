import { z } from "zod";
import { checkTemplateText } from "@/lib/templates/check-template";
import { ZId } from "../ids";

export const ZCreateTask = z.object({
  type: z.literal("create_task"),
  title: z.string().trim().min(1, "Title is required").max(200).superRefine(checkTemplateText),
  notes: z.string().max(5000).superRefine(checkTemplateText).default(""),
  assignTo: z.union([z.literal("owner"), z.object({ userId: ZId })]).default("owner"),
  dueInMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 365, "At most a year")
    .optional(),
});

export type TCreateTask = z.output<typeof ZCreateTask>;
