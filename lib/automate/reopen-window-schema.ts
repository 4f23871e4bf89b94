// SPEC §9 reopen window: whole days from 1 to 3650 (ten years), or null for off.
import { z } from "zod";

export const ZReopenWindowDays = z
  .number({ error: "Use a whole number of days" })
  .int("Use a whole number of days")
  .min(1, "Use at least 1 day")
  .max(3650, "Use at most 3650 days")
  .nullable();
