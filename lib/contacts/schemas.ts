// Contact record inputs. Free of server imports.
import { z } from "zod";

export const ZUpdateContact = z.object({
  contactId: z.string().min(1).max(200),
  /** Empty clears it (the record then shows the email). */
  name: z.string().trim().max(200, "Keep the name under 200 characters."),
  /** Non-transactional automated emails only go to marketing contacts (SPEC §5). */
  marketingContact: z.boolean(),
});
export type TUpdateContact = z.infer<typeof ZUpdateContact>;
