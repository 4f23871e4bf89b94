// Email template inputs ("Edit" then "Save email"), shared by the editor form and the server.
import { z } from "zod";
import { checkTemplateText } from "./check-template";

export const ZTemplateContent = z.object({
  subject: z
    .string()
    .trim()
    .min(1, "Subject is required")
    .max(200, "Use at most 200 characters")
    .superRefine(checkTemplateText),
  body: z
    .string()
    .trim()
    .min(1, "Body is required")
    .max(20_000, "Use at most 20,000 characters")
    .superRefine(checkTemplateText),
});
export type TTemplateContent = z.infer<typeof ZTemplateContent>;

export const ZUpdateTemplate = ZTemplateContent.extend({
  templateId: z.string().min(1).max(100),
  expectedVersion: z.number().int().min(1),
  /** The pipeline whose Automate tab the edit came from: its History lists the change. */
  pipelineId: z.string().min(1).max(100),
});
export type TUpdateTemplate = z.infer<typeof ZUpdateTemplate>;
