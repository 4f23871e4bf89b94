// IANA time zones, shared by every form that picks one (Settings > Account, a workflow's delays)
// and by the server actions that accept them: one list, one refinement.
import { z } from "zod";

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

const MESSAGE = "Choose a time zone from the list";

/** A time zone the runtime knows ("Mars/Olympus" is refused). */
export const ZTimeZone = z.string().trim().max(100).refine(isTimeZone, MESSAGE);

/** A time zone, or "" for "the account's time zone". */
export const ZTimeZoneOrAccount = z
  .string()
  .trim()
  .max(100)
  .refine((zone) => zone === "" || isTimeZone(zone), MESSAGE);
