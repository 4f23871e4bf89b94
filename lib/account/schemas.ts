// Settings > Account (name, time zone, plan tier, automated emails per contact per hour, the Transactional email add-on), shared by the form and the server action.
import { z } from "zod";
import { PLAN_TIERS } from "./plan";
import { ZTimeZone } from "./time-zone";

export const ZAccountSettings = z.object({
  expectedVersion: z.number().int().min(1),
  name: z.string().trim().min(1, "Enter the account name").max(100, "Use at most 100 characters"),
  timeZone: ZTimeZone,
  planTier: z.enum(PLAN_TIERS),
  /** The mail-loop cap (lib/mail/loop-guard.ts); 0: no automated email to contacts at all. Absent: unchanged. */
  automatedEmailsPerContactHour: z
    .number({ error: "Enter a whole number from 0 to 1000" })
    .int("Enter a whole number from 0 to 1000")
    .min(0, "Enter a whole number from 0 to 1000")
    .max(1000, "Enter a whole number from 0 to 1000")
    .optional(),
  /** The "Transactional email" add-on (SPEC §5): custom automated emails may be transactional. Absent: unchanged. */
  transactionalEmailAddon: z.boolean().optional(),
});
export type TAccountSettings = z.infer<typeof ZAccountSettings>;
