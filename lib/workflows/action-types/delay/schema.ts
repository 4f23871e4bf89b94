import { z } from "zod";

export const ZDelay = z.union([
  z.object({
    type: z.literal("delay"),
    minutes: z
      .number("Enter a duration")
      .int()
      .min(1, "At least 1 minute")
      .max(60 * 24 * 365, "At most a year"),
  }),
  z.object({ type: z.literal("delay"), until: z.iso.datetime({ offset: true, message: "Choose a date and time" }) }),
  z.object({
    type: z.literal("delay"),
    untilWeekday: z.number("Choose a day").int().min(0).max(6),
    atTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM"),
  }),
]);

export type TDelay = z.output<typeof ZDelay>;
