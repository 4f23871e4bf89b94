"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { filtersToParams, type TBoardFilters } from "@/lib/tickets/board-schemas";
import { Button } from "@/components/ui/button";
import { OptionSelect } from "@/components/forms/option-select";
import { BoardFilters } from "./board-filters";

interface BoardToolbarProps {
  pipelines: { id: string; name: string }[];
  pipelineId: string;
  owners: { id: string; name: string }[];
  filters: TBoardFilters;
  onFiltersChange: (filters: TBoardFilters) => void;
}

export function BoardToolbar({ pipelines, pipelineId, owners, filters, onFiltersChange }: BoardToolbarProps) {
  const router = useRouter();
  const choosePipeline = (id: string) => {
    const params = filtersToParams(filters);
    params.set("pipelineId", id);
    router.push(`/tickets?${params}`);
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <OptionSelect
        aria-label="Pipeline"
        className="w-full font-medium sm:w-56"
        data-testid="board-pipeline-picker"
        value={pipelineId}
        onValueChange={choosePipeline}
        options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
      />
      <BoardFilters filters={filters} owners={owners} onChange={onFiltersChange} />
      <Button asChild className="sm:ml-auto">
        <Link href={`/tickets/new?pipelineId=${pipelineId}`}>
          <Plus aria-hidden />
          New ticket
        </Link>
      </Button>
    </div>
  );
}
