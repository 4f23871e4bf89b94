import { PageLoading } from "./page-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** Any page's shape while it loads when it has no skeleton of its own: a title, then a table's rows. */
export function PageSkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <PageLoading label={label}>
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <div className="space-y-2 rounded-md border p-3">
        <Skeleton className="h-5 w-full" />
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-9 w-full" />
        ))}
      </div>
    </PageLoading>
  );
}
