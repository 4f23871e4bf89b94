"use client";
// The comment icon on a bubble: its thread (author, relative time), a box to add one, and a
// delete button on one's own comments (the server refuses anyone else's).
import { useState } from "react";
import dynamic from "next/dynamic";
import { MessageSquare, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { relativeTime } from "@/lib/utils/relative-time";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import { useAccountTimeZone } from "@/components/ui/account-time-zone";
import { useActionComments, useCommentMutations } from "./use-status-actions";

// The box to add a comment (react-hook-form and its zod schema) loads when a thread first opens
// (issue 15 item 8: first-load JS).
const CommentForm = dynamic(() => import("./comment-form").then((m) => m.CommentForm), { ssr: false });

interface ActionCommentsProps {
  actionId: string;
  description: string;
  count: number;
}

export function ActionComments({ actionId, description, count }: ActionCommentsProps) {
  const [open, setOpen] = useState(false);
  const timeZone = useAccountTimeZone();
  const comments = useActionComments(actionId, open);
  const { add, remove } = useCommentMutations(actionId);
  const shownCount = comments.data?.length ?? count;
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          className="h-6 gap-1 px-1.5 text-muted-foreground"
          // The visible count starts the name (WCAG 2.5.3 label in name).
          aria-label={
            shownCount > 0
              ? `${shownCount} comment${shownCount === 1 ? "" : "s"} on ${description}`
              : `Comments on ${description}`
          }
        >
          <MessageSquare aria-hidden className="size-3.5!" />
          {shownCount > 0 ? <span className="text-xs">{shownCount}</span> : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent
        align="end"
        className="grid w-80 gap-3"
        aria-label={`Comments on ${description}`}
        data-testid="comments-popover"
      >
        <p className="text-sm font-semibold">Comments</p>
        {comments.isPending ? <p className="text-xs text-muted-foreground">Loading…</p> : null}
        {comments.data?.length === 0 ? <p className="text-xs text-muted-foreground">No comments yet.</p> : null}
        <ol className="grid max-h-64 gap-2 overflow-y-auto">
          {comments.data?.map((c) => (
            <li key={c.id} className="rounded-md bg-muted/50 p-2 text-sm" data-testid="comment">
              <div className="flex items-center gap-2 text-xs">
                <span className="font-medium">{c.authorName}</span>
                <time
                  className="text-muted-foreground"
                  dateTime={new Date(c.createdAt).toISOString()}
                  title={formatZonedTitle(new Date(c.createdAt), timeZone)}
                >
                  {relativeTime(c.createdAt)}
                </time>
                {c.mine ? (
                  <Button
                    variant="ghost"
                    size="icon"
                    className="ml-auto size-6"
                    aria-label="Delete comment"
                    onClick={() => remove.mutate(c.id)}
                  >
                    <Trash2 aria-hidden className="size-3.5!" />
                  </Button>
                ) : null}
              </div>
              <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
            </li>
          ))}
        </ol>
        <CommentForm onAdd={(body) => add.mutateAsync(body)} />
      </PopoverContent>
    </Popover>
  );
}
