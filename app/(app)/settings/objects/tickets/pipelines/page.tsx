import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/page-guard";
import { firstPipelineId } from "@/lib/pipeline-reads/queries";

export default async function PipelinesHome() {
  await requirePageUser();
  const id = await firstPipelineId();
  if (!id) return <p className="text-muted-foreground">No pipelines yet.</p>;
  redirect(`/settings/objects/tickets/pipelines/${id}/automate`);
}
