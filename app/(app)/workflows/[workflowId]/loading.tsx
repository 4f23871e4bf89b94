import { PageLoading } from "@/components/shell/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

// The editor's shape: the title bar, then the trigger and a column of action bubbles.
export default function WorkflowLoading() {
  return (
    <PageLoading label="Loading the workflow…">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-80 max-w-full" />
      <div className="mx-auto grid w-full max-w-md gap-6 pt-4">
        <Skeleton className="h-24" />
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
      </div>
    </PageLoading>
  );
}
