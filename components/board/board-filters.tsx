"use client";

import { useEffect, useState } from "react";
import { Search } from "lucide-react";
import { PRIORITIES, PRIORITY_LABEL, SLA_FILTERS, UNASSIGNED, type TBoardFilters } from "@/lib/tickets/board-schemas";
import { Input } from "@/components/ui/input";
import { OptionSelect, optionsOf } from "@/components/forms/option-select";

const ALL = "all";
const NEWEST = "newest";

const SLA_FILTER_LABEL: Record<(typeof SLA_FILTERS)[number], string> = {
  overdue: "SLA overdue",
  due_soon: "SLA due soon",
  pending: "SLA on track",
  missed: "SLA missed",
  met: "SLA met",
};
const SEARCH_DELAY_MS = 300;
export const SEARCH_ID = "board-search";

interface BoardFiltersProps {
  filters: TBoardFilters;
  owners: { id: string; name: string }[];
  onChange: (filters: TBoardFilters) => void;
}

/** Owner, priority, SLA, the order, and text search; the search waits until typing pauses. */
export function BoardFilters({ filters, owners, onChange }: BoardFiltersProps) {
  const [text, setText] = useState(filters.q ?? "");
  // A search changed from outside (Clear filters): the box shows it, and no pending typing brings the old one back.
  const [shownQ, setShownQ] = useState(filters.q);
  if (filters.q !== shownQ) {
    setShownQ(filters.q);
    if ((filters.q ?? "") !== text.trim()) setText(filters.q ?? "");
  }
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);
  const pick = (name: "ownerId" | "priority" | "sla") => (value: string) =>
    onChange({ ...filters, [name]: value === ALL ? undefined : value });

  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter tickets">
      <div className="relative w-full sm:w-64">
        <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          id={SEARCH_ID}
          aria-label="Search tickets"
          placeholder="Search subject or contact"
          className="pl-8"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <OptionSelect
        aria-label="Owner"
        className="w-[calc(50%-0.25rem)] sm:w-44"
        data-testid="owner-filter"
        value={filters.ownerId ?? ALL}
        onValueChange={pick("ownerId")}
        options={[
          { value: ALL, label: "All owners" },
          { value: UNASSIGNED, label: "Unassigned" },
          ...owners.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <OptionSelect
        aria-label="Priority"
        className="w-[calc(50%-0.25rem)] sm:w-36"
        data-testid="priority-filter"
        value={filters.priority ?? ALL}
        onValueChange={pick("priority")}
        options={[{ value: ALL, label: "All priorities" }, ...optionsOf(PRIORITIES, PRIORITY_LABEL)]}
      />
      <OptionSelect
        aria-label="SLA"
        className="w-[calc(50%-0.25rem)] sm:w-40"
        data-testid="sla-filter"
        value={filters.sla ?? ALL}
        onValueChange={pick("sla")}
        options={[{ value: ALL, label: "Any SLA" }, ...optionsOf(SLA_FILTERS, SLA_FILTER_LABEL)]}
      />
      <OptionSelect
        aria-label="Sort"
        className="w-[calc(50%-0.25rem)] sm:w-44"
        data-testid="board-sort"
        value={filters.sort ?? NEWEST}
        onValueChange={(value) => onChange({ ...filters, sort: value === "sla" ? "sla" : undefined })}
        options={[
          { value: NEWEST, label: "Newest first" },
          { value: "sla", label: "SLA due first" },
        ]}
      />
    </div>
  );
}
