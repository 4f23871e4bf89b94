import type { DryRunView } from "@/lib/automate/dry-run-view";

function Change({ label, before, after }: { label: string; before: string; after: string }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd data-testid={`dry-run-${label.toLowerCase().replace(" ", "-")}`}>
        {before === after ? (
          <>
            {after} <span className="text-muted-foreground">(unchanged)</span>
          </>
        ) : (
          <>
            {before} → <strong>{after}</strong>
          </>
        )}
      </dd>
    </div>
  );
}

/** What the event would do: status, close date, the actions that would run, and every "no" with its reason. */
export function DryRunResult({ view }: { view: DryRunView }) {
  if (!view.ok)
    return (
      <p className="text-sm text-destructive" role="status" data-testid="dry-run-result">
        Refused: {view.message}
      </p>
    );
  const actions = view.wouldRun.flatMap((w) => w.actions.map((a) => ({ ...a, workflow: w.workflowName })));
  return (
    <div className="grid gap-3 rounded-md border bg-muted/40 p-3 text-sm" role="status" data-testid="dry-run-result">
      <dl className="grid gap-2">
        <Change label="Status" before={view.status.before} after={view.status.after} />
        <Change label="Close date" before={view.closeDate.before ?? "—"} after={view.closeDate.after ?? "—"} />
      </dl>
      <div className="grid gap-1">
        <p className="text-xs font-medium text-muted-foreground">Actions that would run</p>
        {actions.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="list-disc pl-5">
            {actions.map((a) => (
              <li key={`${a.workflow}:${a.id}`}>
                {a.description} <span className="text-muted-foreground">({a.workflow})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {view.notes.length > 0 ? (
        <div className="grid gap-1">
          <p className="text-xs font-medium text-muted-foreground">Also</p>
          <ul className="list-disc pl-5" data-testid="dry-run-notes">
            {view.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.timers.length > 0 ? (
        <div className="grid gap-1">
          <p className="text-xs font-medium text-muted-foreground">Time triggers</p>
          <ul className="list-disc pl-5" data-testid="dry-run-timers">
            {view.timers.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.reasons.length > 0 ? (
        <div className="grid gap-1">
          <p className="text-xs font-medium text-muted-foreground">Skipped, and why</p>
          <ul className="list-disc pl-5" data-testid="dry-run-reasons">
            {view.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-xs text-muted-foreground">A dry run: nothing was changed, sent or recorded.</p>
    </div>
  );
}
