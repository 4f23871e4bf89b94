// Settings > Account (name, time zone, plan tier), shared by the form and the server action.
import { z } from "zod";
import { PLAN_TIERS } from "./plan";
import { ZTimeZone } from "./time-zone";

export const ZAccountSettings = z.object({
  expectedVersion: z.number().int().min(1),
  name: z.string().trim().min(1, "Enter the account name").max(100, "Use at most 100 characters"),
  timeZone: ZTimeZone,
  planTier: z.enum(PLAN_TIERS),
});
export type TAccountSettings = z.infer<typeof ZAccountSettings>;
