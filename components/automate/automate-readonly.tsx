import Link from "next/link";
import { Lock } from "lucide-react";
import type { AutomateView } from "@/lib/pipelines/automate-view";
import { describeAction } from "@/lib/workflows/describe-action";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { Checkbox } from "@/components/ui/checkbox";

/** The Automate tab, shown read-only with the reason (the editable version replaces it). */
export function AutomateReadonly({ view, reason }: { view: AutomateView; reason: string }) {
  const statusLabel = (id: string | null) => view.pipeline.statuses.find((s) => s.id === id)?.label ?? "—";
  const { automation } = view;
  return (
    <div className="space-y-6" data-testid="automate-tab">
      <p role="note" className="flex items-center gap-2 rounded-md border bg-muted px-3 py-2 text-sm" data-testid="readonly-reason">
        <Lock aria-hidden className="size-4" /> {reason}
      </p>
      <Card>
        <CardHeader>
          <CardTitle>Connected channels</CardTitle>
          <CardDescription>Channels that create tickets in this pipeline.</CardDescription>
        </CardHeader>
        <CardContent>
          {view.channels.length === 0 ? (
            <p className="text-sm text-muted-foreground">No channel creates tickets in this pipeline.</p>
          ) : (
            <ul className="space-y-1">
              {view.channels.map((c) => (
                <li key={c.id} className="text-sm">
                  <Link className="font-medium text-primary underline-offset-2 hover:underline" href={`/settings/channels/${c.id}`}>
                    {c.name}
                  </Link>{" "}
                  <span className="text-muted-foreground">→ {c.status?.label ?? "—"}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardContent className="flex items-center justify-between gap-4 pt-6">
          <label htmlFor="close-date-automation" className="text-sm">
            Set the close date to today when moving the ticket to a closed status
          </label>
          <Switch id="close-date-automation" checked={automation.closeDateAutomation} disabled />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Update ticket status</CardTitle>
        </CardHeader>
        <CardContent className="space-y-3">
          {[
            { id: "email-sent", label: "An email is sent to a customer", on: automation.emailSentTriggerEnabled, status: automation.emailSentTriggerStatusId },
            { id: "customer-reply", label: "A customer replies to an email", on: automation.customerReplyTriggerEnabled, status: automation.customerReplyTriggerStatusId },
          ].map((row) => (
            <div key={row.id} className="flex flex-wrap items-center gap-3 text-sm">
              <Checkbox id={row.id} checked={row.on} disabled />
              <label htmlFor={row.id}>{row.label}</label>
              <span className="text-muted-foreground">→ move to</span>
              <Badge variant="outline">{statusLabel(row.status)}</Badge>
            </div>
          ))}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Trigger actions when a ticket reaches a certain status</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {view.lanes.map(({ status, workflow }) => (
            <section key={status.id} aria-label={`Actions for ${status.label}`} className="rounded-md border p-3">
              <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold">
                {status.label} {status.state === "CLOSED" ? <Badge variant="secondary">Closed</Badge> : null}
              </h3>
              <ol className="space-y-2">
                {(workflow?.actions ?? []).map((action) => (
                  <li key={action.id} className="rounded-full border bg-card px-3 py-1.5 text-xs">
                    {describeAction(action.type, action.config)}
                  </li>
                ))}
              </ol>
              {workflow?.actions.length ? null : <p className="text-xs text-muted-foreground">No actions</p>}
            </section>
          ))}
        </CardContent>
      </Card>
    </div>
  );
}
