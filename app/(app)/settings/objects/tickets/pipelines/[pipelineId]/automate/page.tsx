import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, denialReason } from "@/lib/auth/policy";
import { getAutomateView } from "@/lib/automate/automate-view";
import { listChanges } from "@/lib/history/list-changes";
import { pipelineScope } from "@/lib/history/record-change";
import { workflowHistoryNames } from "@/lib/automate/history-names";
import { AutomateTab } from "@/components/automate/automate-tab";

export default async function AutomatePage({ params }: { params: Promise<{ pipelineId: string }> }) {
  const user = await requirePageUser();
  const { pipelineId } = await params;
  const view = await getAutomateView(pipelineId, user);
  if (!view) notFound();
  const canEdit = can(user, "automation.edit");
  const [history, historyNames] = await Promise.all([
    listChanges(pipelineScope(pipelineId), user),
    workflowHistoryNames(pipelineId),
  ]);
  return (
    <AutomateTab
      view={view}
      canEdit={canEdit}
      readOnlyReason={canEdit ? "" : denialReason("automation.edit")}
      history={history}
      historyNames={historyNames}
    />
  );
}
