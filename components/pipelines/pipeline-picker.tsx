"use client";

import { usePathname, useRouter } from "next/navigation";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Label } from "@/components/ui/label";

/** "Select a pipeline": switches the pipeline and stays on the same tab. */
export function PipelinePicker({
  pipelines,
  currentId,
}: {
  pipelines: { id: string; name: string }[];
  currentId: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const tab = pathname.split("/").at(-1) ?? "automate";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Label htmlFor="pipeline-picker">Select a pipeline</Label>
      <Select value={currentId} onValueChange={(id) => router.push(`/settings/objects/tickets/pipelines/${id}/${tab}`)}>
        <SelectTrigger id="pipeline-picker" className="w-64 sm:w-80" data-testid="pipeline-picker">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {pipelines.map((p) => (
            <SelectItem key={p.id} value={p.id}>
              {p.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
