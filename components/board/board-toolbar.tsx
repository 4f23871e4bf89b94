"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { filtersToParams, type TBoardFilters } from "@/lib/tickets/board-schemas";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
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
      <Select value={pipelineId} onValueChange={choosePipeline}>
        <SelectTrigger aria-label="Pipeline" className="w-full font-medium sm:w-56" data-testid="board-pipeline-picker">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {pipelines.map((p) => (
            <SelectItem key={p.id} value={p.id}>{p.name}</SelectItem>
          ))}
        </SelectContent>
      </Select>
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
