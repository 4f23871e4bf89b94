// SPEC §6: the plan's pipelines are all used; "Create pipeline" says why and what allows more.
import { Plus } from "lucide-react";
import { PlanLock } from "@/components/automate/plan-lock";
import { Button } from "@/components/ui/button";

export function CreatePipelineLocked({ reason }: { reason: string }) {
  return (
    <div className="flex w-full flex-col gap-2">
      <Button data-testid="create-pipeline" disabled aria-describedby="pipeline-limit" className="self-start">
        <Plus aria-hidden /> Create pipeline
      </Button>
      <PlanLock id="pipeline-limit" message={reason} testId="plan-lock-pipelines" />
    </div>
  );
}
