"use client";
// The delete icon on a bubble, with SPEC §5's two choices.
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { TDeleteStatusAction } from "@/lib/workflows/status-action-schemas";

interface DeleteActionMenuProps {
  description: string;
  hasFollowing: boolean;
  onDelete: (mode: TDeleteStatusAction["mode"]) => void;
}

export function DeleteActionMenu({ description, hasFollowing, onDelete }: DeleteActionMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-6 text-muted-foreground hover:text-destructive" aria-label={`Delete ${description}`}>
          <Trash2 aria-hidden className="size-3.5!" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuItem variant="destructive" onSelect={() => onDelete("only")}>Delete only this action</DropdownMenuItem>
        <DropdownMenuItem variant="destructive" onSelect={() => onDelete("following")}>
          Delete this action and all following actions{hasFollowing ? "" : " (none follow)"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
