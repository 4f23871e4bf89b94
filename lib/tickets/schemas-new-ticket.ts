// The new ticket form's input, shared by react-hook-form and the server. Free of server imports.
import { z } from "zod";
import { PRIORITIES } from "./board-schemas";

export const SUBJECT_MAX = 200;

export const ZNewTicket = z.object({
  pipelineId: z.string().min(1, "Choose a pipeline.").max(200),
  /** Must be one of the chosen pipeline's statuses (the server checks; the form only offers those). */
  statusId: z.string().min(1, "Choose a status.").max(200),
  subject: z
    .string()
    .trim()
    .min(1, "Write a subject.")
    .max(SUBJECT_MAX, `Keep the subject under ${SUBJECT_MAX} characters.`),
  description: z.string().trim().max(10_000, "The description is too long."),
  /** Found by email, or created; empty for a ticket without a contact. */
  contactEmail: z.union([z.literal(""), z.email("Enter an email address, or leave it empty.").max(320)]),
  priority: z.enum(PRIORITIES, "Choose a priority."),
  ownerId: z.string().min(1).max(200).nullable(),
});
export type TNewTicket = z.infer<typeof ZNewTicket>;
