"use client";
// Revision history (issue 6 §4): who saved each version and when; view any one; restore it
// (a change like any other: it writes a new revision).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useAccountTimeZone } from "@/components/ui/account-time-zone";
import { ZonedTime } from "@/components/ui/zoned-time";
import { formatZoned } from "@/lib/utils/zoned-time";
import { ActionFailure } from "@/lib/actions/unwrap-action";
import type { RevisionRow } from "@/lib/workflows/editor/revisions";
import { RestoreRevisionButton } from "./restore-revision-button";
import { useRevision, useWorkflowMutations } from "./use-workflow-editor";

interface RevisionsPanelProps {
  workflowId: string;
  version: number;
  revisions: RevisionRow[];
  editable: boolean;
}

function RevisionDialog({ revisionId, onClose }: { revisionId: string | null; onClose: () => void }) {
  const revision = useRevision(revisionId);
  const timeZone = useAccountTimeZone();
  const data = revision.data;
  return (
    <Dialog open={revisionId !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent data-testid="revision-dialog">
        <DialogHeader>
          <DialogTitle>{data ? `Version ${data.version}: ${data.settings.name}` : "Revision"}</DialogTitle>
          <DialogDescription>
            {data
              ? `${data.settings.enabled ? "On" : "Off"} · saved ${formatZoned(new Date(data.createdAt), timeZone)}`
              : "Loading…"}
          </DialogDescription>
        </DialogHeader>
        <ol className="grid max-h-80 gap-1 overflow-y-auto text-sm" aria-label="Actions in this revision">
          {data?.actions.map((a) => (
            <li
              key={a.id}
              className={a.path ? "ml-6 rounded border bg-card px-2 py-1" : "rounded border bg-card px-2 py-1"}
            >
              {a.path ? <span className="text-xs text-muted-foreground">{a.path}: </span> : null}
              {a.text}
            </li>
          ))}
          {data?.actions.length === 0 ? <li className="text-muted-foreground">No actions</li> : null}
        </ol>
      </DialogContent>
    </Dialog>
  );
}

function SavedAt({ at, className }: { at: Date | string; className?: string }) {
  return <ZonedTime date={new Date(at)} timeZone={useAccountTimeZone()} className={className} />;
}

export function RevisionsPanel({ workflowId, version, revisions, editable }: RevisionsPanelProps) {
  const [viewing, setViewing] = useState<string | null>(null);
  const { restore } = useWorkflowMutations();
  return (
    <>
      {restore.error ? (
        <div
          role="alert"
          className="mb-3 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm text-destructive"
          data-testid="restore-error"
        >
          {restore.error.message}
          {/* The one place a refusal shows (no toast), so a stale version's Reload offer is here too. */}
          {restore.error instanceof ActionFailure && restore.error.code === "CONFLICT" ? (
            <Button size="sm" variant="outline" className="ml-2" onClick={() => window.location.reload()}>
              Reload
            </Button>
          ) : null}
        </div>
      ) : null}
      <Table aria-label="Revisions">
        <THead>
          <TR>
            <TH>Version</TH>
            <TH>Saved by</TH>
            <TH className="hidden sm:table-cell">When</TH>
            <TH>
              <span className="sr-only">Actions</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {revisions.map((r) => (
            <TR key={r.id} data-testid="revision-row">
              <TD>
                {r.version}
                {r.version === version ? " (current)" : ""}
              </TD>
              <TD>
                {r.authorName ?? "Before editing here (e.g. on the Automate tab)"}
                {/* On a phone the time goes under the author, so the buttons stay in view. */}
                <SavedAt at={r.createdAt} className="block text-xs text-muted-foreground sm:hidden" />
              </TD>
              <TD className="hidden sm:table-cell">
                <SavedAt at={r.createdAt} />
              </TD>
              <TD className="flex flex-col items-end gap-2 sm:flex-row sm:justify-end">
                <Button
                  variant="outline"
                  size="sm"
                  onClick={() => setViewing(r.id)}
                  aria-label={`View version ${r.version}`}
                >
                  View
                </Button>
                {editable && r.version !== version ? (
                  <RestoreRevisionButton
                    version={r.version}
                    pending={restore.isPending}
                    onRestore={() => restore.mutate({ workflowId, expectedVersion: version, revisionId: r.id })}
                  />
                ) : null}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {revisions.length === 0 ? (
        <p className="text-sm text-muted-foreground">No revisions yet: the first save here writes one.</p>
      ) : null}
      <RevisionDialog revisionId={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
