// A server component: the changes are described here (describe-change.ts reads the action
// registry, its schemas and the template parser), so only the sheet itself ships to the browser
// (issue 15 item 8: first-load JS).
import { History } from "lucide-react";
import type { SettingsChangeRow } from "@/lib/history/list-changes";
import { describeChangeValues, describeField, type Names } from "@/components/history/describe-change";
import { Button } from "@/components/ui/button";
import { ZonedTime } from "@/components/ui/zoned-time";
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
                    <ZonedTime date={change.createdAt} timeZone={timeZone} />
                  </span>
                  <span className="font-medium">{describeField(change, names)}</span>
                  <ChangeValues change={change} names={names} timeZone={timeZone} />
                </li>
              ))}
            </ol>
          )}
        </SheetBody>
      </SheetContent>
    </Sheet>
  );
}

/** "Set to X" where there was nothing, "Removed: X" where nothing is left, else "X → Y". */
function ChangeValues({ change, names, timeZone }: { change: SettingsChangeRow; names: Names; timeZone: string }) {
  const { kind, before, after } = describeChangeValues(change, names, timeZone);
  const was = <del className="decoration-muted-foreground/60">{before}</del>;
  const now = <ins className="text-foreground no-underline">{after}</ins>;
  return (
    <span className="break-words text-muted-foreground" data-testid="history-values">
      {kind === "set" ? <>Set to {now}</> : null}
      {kind === "cleared" ? <>Removed: {was}</> : null}
      {kind === "changed" ? (
        <>
          {was}
          {" → "}
          {now}
        </>
      ) : null}
    </span>
  );
}
