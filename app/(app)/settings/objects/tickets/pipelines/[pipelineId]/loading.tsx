import { PageSkeleton } from "@/components/shell/page-skeleton";

// Below the pipeline picker and its tabs, which stay while a tab (Automate, statuses, rules) loads.
export default function PipelineTabLoading() {
  return <PageSkeleton label="Loading the pipeline settings…" />;
}
