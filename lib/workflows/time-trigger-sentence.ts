// A time trigger as the editor's trigger card says it (SPEC §9): "Ticket has been in “Waiting on
// us” for 1 hour of business hours", "SLA first reply is overdue". Free of server imports.
import { durationWords, type TimeTrigger } from "@/lib/automation";
import { SLA_TARGET_LABEL, type ParsedTimeTrigger } from "./time-trigger-schema";

export function timeTriggerSentence(trigger: TimeTrigger, parsed: ParsedTimeTrigger, statusLabel: string | null) {
  if (trigger === "STATUS_DURATION") {
    const wait = parsed.afterMs === null ? "a time" : durationWords(parsed.afterMs);
    const counted = parsed.businessHours ? " of business hours" : "";
    return `Ticket has been in “${statusLabel ?? "—"}” for ${wait}${counted}`;
  }
  const target = parsed.slaTarget ? SLA_TARGET_LABEL[parsed.slaTarget].toLowerCase() : "—";
  return `SLA ${target} is ${trigger === "SLA_DUE_SOON" ? "due soon" : "overdue"}`;
}
