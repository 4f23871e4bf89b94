// Automated email inputs (SPEC §5): the Send email panel's "Edit" then "Save email", and
// Settings > Automated emails (create, edit, duplicate, delete, live preview). Shared by the
// forms and the server; free of server imports.
import { z } from "zod";
import { checkTemplateText } from "./check-template";

const subject = z
  .string()
  .trim()
  .min(1, "Subject is required")
  .max(200, "Use at most 200 characters")
  .superRefine(checkTemplateText);
const body = z
  .string()
  .trim()
  .min(1, "Body is required")
  .max(20_000, "Use at most 20,000 characters")
  .superRefine(checkTemplateText);
const templateId = z.string().min(1).max(100);

export const ZTemplateContent = z.object({ subject, body });
export type TTemplateContent = z.infer<typeof ZTemplateContent>;

export const ZUpdateTemplate = ZTemplateContent.extend({
  templateId,
  expectedVersion: z.number().int().min(1),
  /** The pipeline whose Automate tab the edit came from: its History lists the change. */
  pipelineId: z.string().min(1).max(100),
});
export type TUpdateTemplate = z.infer<typeof ZUpdateTemplate>;

/** Settings > Automated emails: the whole email. A built-in keeps its name and stays transactional. */
export const ZEmailDraft = ZTemplateContent.extend({
  name: z.string().trim().min(1, "Name is required").max(100, "Use at most 100 characters"),
  /** Needs the account's Transactional email add-on; otherwise the email is marketing. */
  transactional: z.boolean(),
});
export type TEmailDraft = z.infer<typeof ZEmailDraft>;

export const ZCreateEmail = ZEmailDraft;
export type TCreateEmail = TEmailDraft;

export const ZSaveEmail = ZEmailDraft.extend({ templateId, expectedVersion: z.number().int().min(1) });
export type TSaveEmail = z.infer<typeof ZSaveEmail>;

export const ZEmailRef = z.object({ templateId });
export type TEmailRef = z.infer<typeof ZEmailRef>;

/** The live preview: rendered on the server (the pages' CSP forbids compiling templates here). */
export const ZPreviewEmail = z.object({ subject: z.string().max(200), body: z.string().max(20_000) });
export type TPreviewEmail = z.infer<typeof ZPreviewEmail>;
