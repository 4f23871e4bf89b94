"use client";

import type { ReactNode } from "react";
import { ChevronDown } from "lucide-react";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from "@/components/ui/collapsible";

/** One of the tab's collapsible sections ("Templated automation", "Create workflows from scratch"). */
export function AutomateSection({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <Collapsible defaultOpen asChild>
      <section aria-label={title} className="rounded-lg border bg-card shadow-xs">
        {/* The section's heading holds its toggle (the accordion pattern): h2 under the page's h1. */}
        <h2>
          <CollapsibleTrigger className="group flex w-full items-start gap-3 p-3 text-left sm:p-4 hover:bg-muted/50 focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring">
            <ChevronDown
              aria-hidden
              className="mt-0.5 size-5 shrink-0 text-muted-foreground transition-transform group-data-[state=closed]:-rotate-90"
            />
            <span className="grid gap-0.5">
              <span className="text-base font-semibold">{title}</span>
              <span className="text-sm text-muted-foreground">{description}</span>
            </span>
          </CollapsibleTrigger>
        </h2>
        <CollapsibleContent>
          <div className="space-y-4 border-t p-3 sm:p-4">{children}</div>
        </CollapsibleContent>
      </section>
    </Collapsible>
  );
}
