"use client";
// The delete icon on a bubble, with SPEC §5's two choices. "This action and all following
// actions" asks first, with how many go ("Delete 5 actions?"). After a deletion, focus goes where
// `focusAfterDelete` says (the menu's own trigger is about to disappear with its bubble).
import { useRef, useState } from "react";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TDeleteStatusAction } from "@/lib/automate/status-action-schemas";
import { ConfirmDeleteFollowing } from "./confirm-delete-following";

interface DeleteActionMenuProps {
  description: string;
  /** How many actions "this and all following" removes: this one, those after it and their paths'. */
  followingCount: number;
  onDelete: (mode: TDeleteStatusAction["mode"]) => void;
  /** Moves focus after a deletion; false when nothing is deleted yet (a dialog asks first), so
   *  focus goes back to the delete icon as usual. */
  focusAfterDelete: (mode: TDeleteStatusAction["mode"]) => boolean;
}

export function DeleteActionMenu({ description, followingCount, onDelete, focusAfterDelete }: DeleteActionMenuProps) {
  const chosen = useRef<TDeleteStatusAction["mode"] | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const choose = (mode: TDeleteStatusAction["mode"]) => {
    chosen.current = mode;
    onDelete(mode);
  };
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            ref={trigger}
            variant="ghost"
            size="icon"
            className="size-6 text-muted-foreground hover:text-destructive"
            aria-label={`Delete ${description}`}
          >
            <Trash2 aria-hidden className="size-3.5!" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          className="w-72"
          onCloseAutoFocus={(event) => {
            const mode = chosen.current;
            chosen.current = null;
            if (mode && focusAfterDelete(mode)) event.preventDefault();
          }}
        >
          <DropdownMenuItem variant="destructive" onSelect={() => choose("only")}>
            Delete only this action
          </DropdownMenuItem>
          <DropdownMenuItem
            variant="destructive"
            onSelect={() => (followingCount > 1 ? setConfirming(true) : choose("following"))}
          >
            Delete this action and all following actions
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDeleteFollowing
        open={confirming}
        count={followingCount}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onDelete("following");
        }}
        focusAfter={(deleted) => (deleted && focusAfterDelete("following")) || trigger.current?.focus()}
      />
    </>
  );
}
