"use client";

import { History } from "lucide-react";
import type { SettingsChangeRow } from "@/lib/history/list-changes";
import { describeField, describeValue, type Names } from "@/components/history/describe-change";
import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetBody,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";

interface HistoryDrawerProps {
  changes: SettingsChangeRow[];
  /** Ids in the values (statuses, pipelines, users…) → what the user calls them. */
  names: Names;
  timeZone: string;
  description: string;
}

/** SPEC §7 History: who changed what and when, before → after, newest first. */
export function HistoryDrawer({ changes, names, timeZone, description }: HistoryDrawerProps) {
  const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button variant="outline" size="sm" data-testid="open-history">
          <History aria-hidden /> History
        </Button>
      </SheetTrigger>
      <SheetContent data-testid="history-drawer">
        <SheetHeader>
          <SheetTitle>History</SheetTitle>
          <SheetDescription>{description}</SheetDescription>
        </SheetHeader>
        <SheetBody>
          {changes.length === 0 ? (
            <p className="text-sm text-muted-foreground">No changes recorded yet.</p>
          ) : (
            <ol className="space-y-4">
              {changes.map((change) => (
                <li key={change.id} className="grid gap-1 border-l-2 pl-3 text-sm" data-testid="history-entry">
                  <span className="text-xs text-muted-foreground">
                    <strong className="font-medium text-foreground">{change.actorName ?? "Someone"}</strong>
                    {" · "}
                    <time dateTime={change.createdAt.toISOString()}>{when.format(change.createdAt)}</time>
                  </span>
                  <span className="font-medium">{describeField(change, names)}</span>
                  <span className="break-words text-muted-foreground">
                    <del className="decoration-muted-foreground/60">{describeValue(change.before, names)}</del>
                    {" → "}
                    <ins className="text-foreground no-underline">{describeValue(change.after, names)}</ins>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </SheetBody>
      </SheetContent>
    </Sheet>
  );
}
