import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getAutomateView } from "@/lib/pipelines/automate-view";
import { AutomateReadonly } from "@/components/automate/automate-readonly";

export default async function AutomatePage({ params }: { params: Promise<{ pipelineId: string }> }) {
  const user = await requirePageUser();
  const { pipelineId } = await params;
  const view = await getAutomateView(pipelineId);
  if (!view) notFound();
  const reason = can(user, "automation.edit")
    ? "Editing arrives with the Automate tab issue; these are the pipeline's current settings."
    : denialReason("automation.edit");
  return <AutomateReadonly view={view} reason={reason} />;
}
