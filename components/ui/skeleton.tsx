import * as React from "react";
import { cn } from "@/lib/utils/cn";

/** A loading placeholder. Decorative: put aria-busy (and a text alternative) on the region that loads. */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-secondary", className)}
      {...props}
    />
  );
}
