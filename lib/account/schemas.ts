// Settings > Account (name, time zone, plan tier), shared by the form and the server action.
import { z } from "zod";
import { PLAN_TIERS } from "./plan";

/** An IANA time zone the runtime knows (browser and server alike). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** The IANA zones offered in the picker: the runtime's list, UTC first. */
export function timeZoneOptions(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

export const ZAccountSettings = z.object({
  expectedVersion: z.number().int().min(1),
  name: z.string().trim().min(1, "Enter the account name").max(100, "Use at most 100 characters"),
  timeZone: z.string().refine(isTimeZone, "Choose a time zone from the list"),
  planTier: z.enum(PLAN_TIERS),
});
export type TAccountSettings = z.infer<typeof ZAccountSettings>;
