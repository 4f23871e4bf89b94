import { redirect } from "next/navigation";

export default async function PipelineHome({ params }: { params: Promise<{ pipelineId: string }> }) {
  const { pipelineId } = await params;
  redirect(`/settings/objects/tickets/pipelines/${pipelineId}/automate`);
}
