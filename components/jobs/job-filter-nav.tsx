// The state filter of Settings > Jobs, kept in the URL (?state=…): plain links, so it works
// without JavaScript and the back button walks through the filters.
import Link from "next/link";
import type { JobFilter } from "@/lib/jobs/list-jobs";
import { cn } from "@/lib/utils/cn";

const LABELS: Record<JobFilter, string> = {
  attention: "Failed or retrying",
  failed: "Failed",
  retrying: "Retrying",
  pending: "Waiting",
};

export function JobFilterNav({ current }: { current: JobFilter }) {
  return (
    <nav aria-label="Filter jobs by state">
      <ul className="flex flex-wrap gap-1">
        {(Object.keys(LABELS) as JobFilter[]).map((filter) => (
          <li key={filter}>
            <Link
              href={filter === "attention" ? "/settings/jobs" : `/settings/jobs?state=${filter}`}
              aria-current={filter === current ? "page" : undefined}
              className={cn(
                "block rounded-md border px-2.5 py-1 text-sm hover:bg-muted",
                filter === current && "bg-accent font-medium",
              )}
            >
              {LABELS[filter]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
