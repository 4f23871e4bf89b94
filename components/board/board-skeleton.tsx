import { PageLoading } from "@/components/shell/page-loading";
import { Skeleton } from "@/components/ui/skeleton";

/** The board's shape while it loads: the filter bar and four columns of cards. */
export function BoardSkeleton() {
  return (
    <PageLoading label="Loading the board…">
      <Skeleton className="h-9 w-full max-w-xl" />
      <div className="flex gap-3 overflow-hidden">
        {[0, 1, 2, 3].map((column) => (
          <div key={column} className="grid w-72 shrink-0 content-start gap-2">
            <Skeleton className="h-6 w-32" />
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
          </div>
        ))}
      </div>
    </PageLoading>
  );
}
