// "Delay" (SPEC §5): nothing happens now; the next action's job is queued with this runAt.
import "server-only";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { delayUntil } from "./delay-until";
import { settled, type ActionHandler } from "@/lib/workflows/run/step-context";

export const delay: ActionHandler<"delay"> = async (action, step) => {
  const runAt = delayUntil(action, step.now, step.timeZone);
  const waits = runAt.getTime() > step.now.getTime();
  return settled(
    {
      result: "done",
      summary: waits
        ? `Waiting until ${formatZonedTitle(runAt, step.timeZone)} before the next action.`
        : "The delay had already passed: going on.",
      detail: { runAt: runAt.toISOString(), timeZone: step.timeZone },
    },
    { runAt },
  );
};
