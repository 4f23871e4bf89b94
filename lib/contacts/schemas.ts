// Contact record inputs. Free of server imports.
import { z } from "zod";

export const ZUpdateContact = z.object({
  contactId: z.string().min(1).max(200),
  name: z.string().trim().max(200, "Keep the name under 200 characters.").transform((name) => name || null),
  /** Non-transactional automated emails only go to marketing contacts (SPEC §5). */
  marketingContact: z.boolean(),
});
export type TUpdateContact = z.infer<typeof ZUpdateContact>;
export type TUpdateContactInput = z.input<typeof ZUpdateContact>;
