// A time trigger's settings as stored in Workflow.timeTrigger (SPEC §9): "in status X for D"
// {"statusId", "after": "PT1H", "businessHours": bool}, or an SLA trigger {"target"}. Free of
// server imports: the editor's form, the server and the pipeline snapshot parse with these.
import { z } from "zod";
import type { SlaTargetName, TimeTrigger, WorkflowTrigger } from "@/lib/automation";
import { durationMs, ZIsoDuration } from "@/lib/business-hours/iso-duration";

export const TIME_TRIGGERS = [
  "STATUS_DURATION",
  "SLA_DUE_SOON",
  "SLA_OVERDUE",
] as const satisfies readonly TimeTrigger[];
export const SLA_TARGETS = ["firstReply", "close"] as const satisfies readonly SlaTargetName[];
export const SLA_TARGET_LABEL: Record<SlaTargetName, string> = { firstReply: "First reply", close: "Time to close" };

export const isTimeTrigger = (trigger: WorkflowTrigger): trigger is TimeTrigger =>
  (TIME_TRIGGERS as readonly string[]).includes(trigger);

export const ZStatusDurationTrigger = z.strictObject({
  statusId: z.string().min(1).max(100),
  after: ZIsoDuration,
  businessHours: z.boolean(),
});
export const ZSlaTrigger = z.strictObject({ target: z.enum(SLA_TARGETS) });
export type TStatusDurationTrigger = z.infer<typeof ZStatusDurationTrigger>;

/** What the engine's snapshot needs of a stored time trigger; null fields when it does not parse. */
export interface ParsedTimeTrigger {
  statusId: string | null;
  after: string | null;
  afterMs: number | null;
  businessHours: boolean;
  slaTarget: SlaTargetName | null;
}

const NONE: ParsedTimeTrigger = { statusId: null, after: null, afterMs: null, businessHours: false, slaTarget: null };

export function parseTimeTrigger(trigger: WorkflowTrigger, stored: unknown): ParsedTimeTrigger {
  if (trigger === "STATUS_DURATION") {
    const parsed = ZStatusDurationTrigger.safeParse(stored);
    if (!parsed.success) return NONE;
    const { statusId, after, businessHours } = parsed.data;
    return { ...NONE, statusId, after, afterMs: durationMs(after), businessHours };
  }
  if (trigger === "SLA_DUE_SOON" || trigger === "SLA_OVERDUE") {
    const parsed = ZSlaTrigger.safeParse(stored);
    return parsed.success ? { ...NONE, slaTarget: parsed.data.target } : NONE;
  }
  return NONE;
}

/** The editor's "wait" field: an amount and a unit, stored as an ISO 8601 duration. */
export const WAIT_UNITS = ["minutes", "hours", "days"] as const;
export type WaitUnit = (typeof WAIT_UNITS)[number];
const UNIT_LETTER: Record<WaitUnit, string> = { minutes: "PT#M", hours: "PT#H", days: "P#D" };

export function waitToIso(amount: number, unit: WaitUnit): string {
  return UNIT_LETTER[unit].replace("#", String(amount));
}

/** "PT90M" → 90 minutes, "PT2H" → 2 hours, "P1D" → 1 day (the largest unit that divides it). */
export function isoToWait(iso: string | null): { amount: number; unit: WaitUnit } {
  const ms = iso ? (durationMs(iso) ?? 3_600_000) : 3_600_000;
  if (ms % 86_400_000 === 0) return { amount: ms / 86_400_000, unit: "days" };
  if (ms % 3_600_000 === 0) return { amount: ms / 3_600_000, unit: "hours" };
  return { amount: Math.max(1, Math.round(ms / 60_000)), unit: "minutes" };
}
