// What a workflow has done so far (issue 14 item 5): tickets enrolled, runs and the last run,
// for the email triggers' and status workflows as for any other.
import type { WorkflowActivity } from "@/lib/workflows/workflow-activity";
import { ZonedTime } from "@/components/ui/zoned-time";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function WorkflowActivityLine({ activity, timeZone }: { activity: WorkflowActivity; timeZone: string }) {
  return (
    <p className="text-sm text-muted-foreground" data-testid="workflow-activity">
      {plural(activity.enrolled, "ticket", "tickets")} enrolled in all · {plural(activity.runs, "run", "runs")} · last
      run {activity.lastRunAt ? <ZonedTime date={activity.lastRunAt} timeZone={timeZone} /> : "never"}
    </p>
  );
}
