import { PageLoading } from "./page-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** A record page's shape while it loads: the back link and title, then properties beside the conversation. */
export function RecordSkeleton({ label }: { label: string }) {
  return (
    <PageLoading label={label}>
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-8 w-96 max-w-full" />
      <div className="grid items-start gap-4 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <Skeleton className="h-64" />
        <Skeleton className="h-96" />
      </div>
    </PageLoading>
  );
}
