import { z } from "zod";

export const ZSetProperty = z.object({
  type: z.literal("set_property"),
  property: z.enum(["status", "owner", "priority", "subject", "description", "closeDate"]),
  /** null clears the property. */
  value: z.string().max(1000).nullable(),
});
export type TSetProperty = z.output<typeof ZSetProperty>;
