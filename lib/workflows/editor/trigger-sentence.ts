// The workflow editor's trigger card, as one sentence: "Ticket reaches “Waiting on us” in Support",
// a time trigger's wait and status, or the trigger's label. Worked out on the server (the page),
// so the editor's first load carries no trigger schema (issue 15 item 8: first-load JS).
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";
import { isTimeTrigger } from "@/lib/workflows/time-trigger-schema";
import { timeTriggerSentence } from "@/lib/workflows/time-trigger-sentence";
import type { WorkflowEditorView } from "./editor-view";

export function triggerSentence(workflow: WorkflowEditorView): string {
  const statusLabel = workflow.pipeline?.statuses.find((s) => s.id === workflow.statusId)?.label;
  const timedStatus = workflow.pipeline?.statuses.find((s) => s.id === workflow.timeTrigger.statusId)?.label;
  return workflow.trigger === "STATUS_ENTERED"
    ? `Ticket reaches “${statusLabel ?? "—"}” in ${workflow.pipeline?.name}`
    : isTimeTrigger(workflow.trigger)
      ? timeTriggerSentence(workflow.trigger, workflow.timeTrigger, timedStatus ?? null)
      : TRIGGER_LABEL[workflow.trigger];
}
