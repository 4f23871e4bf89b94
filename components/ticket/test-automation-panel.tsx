"use client";
// "Test automation" (SPEC §7 dry run): pick an event and see what the engine would do to this
// ticket (status, close date, actions, skips and why) without anything being written.
import { useState, useTransition } from "react";
import { FlaskConical } from "lucide-react";
import { testAutomationAction } from "@/lib/automate/test-automation-action";
import type { DryRunView } from "@/lib/automate/dry-run-view";
import type { TTestAutomation } from "@/lib/automate/test-automation";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { OptionSelect } from "@/components/forms/option-select";
import { toast } from "@/components/ui/toast";
import { DryRunResult } from "./dry-run-result";

type Kind = "status" | "email_sent" | "reply" | "forwarded";

const KINDS: Record<Kind, string> = {
  status: "Status changes to…",
  email_sent: "Email sent from the ticket record",
  reply: "Customer replies on a thread",
  forwarded: "Forwarded email on a thread",
};

interface TestAutomationPanelProps {
  ticketId: string;
  statuses: { id: string; label: string }[];
  threads: { threadKey: string; subject: string }[];
}

function eventOf(kind: Kind, statusId: string, threadKey: string | undefined): TTestAutomation["event"] {
  switch (kind) {
    case "status":
      return { type: "ticket.updated", data: { statusId } };
    case "email_sent":
      return { type: "email.sent", data: { sentFrom: "ticket" } };
    case "reply":
    case "forwarded":
      return { type: "message.received", data: { threadKey, forwarded: kind === "forwarded" } };
  }
}

function Choice({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <OptionSelect
        id={id}
        value={value}
        onValueChange={onChange}
        options={options.map(([v, label]) => ({ value: v, label }))}
      />
    </div>
  );
}

export function TestAutomationPanel({ ticketId, statuses, threads }: TestAutomationPanelProps) {
  const [kind, setKind] = useState<Kind>("status");
  const [statusId, setStatusId] = useState(statuses.at(-1)?.id ?? "");
  const [threadKey, setThreadKey] = useState(threads[0]?.threadKey);
  const [view, setView] = useState<DryRunView | null>(null);
  const [running, startRunning] = useTransition();
  const kinds = (Object.keys(KINDS) as Kind[]).filter(
    (k) => threads.length > 0 || (k !== "reply" && k !== "forwarded"),
  );
  const run = () =>
    startRunning(async () => {
      const result = await testAutomationAction({ ticketId, event: eventOf(kind, statusId, threadKey) });
      if (result.ok) setView(result.data);
      else toast.error(result.error.message);
    });
  return (
    <div className="grid gap-3" data-testid="test-automation">
      <Choice
        id="dry-run-event"
        label="Event to test"
        value={kind}
        onChange={(v) => {
          setKind(v as Kind);
          setView(null);
        }}
        options={kinds.map((k) => [k, KINDS[k]])}
      />
      {kind === "status" ? (
        <Choice
          id="dry-run-status"
          label="Move to status"
          value={statusId}
          onChange={setStatusId}
          options={statuses.map((s) => [s.id, s.label])}
        />
      ) : null}
      {(kind === "reply" || kind === "forwarded") && threadKey ? (
        <Choice
          id="dry-run-thread"
          label="On thread"
          value={threadKey}
          onChange={setThreadKey}
          options={threads.map((t) => [t.threadKey, t.subject || "(no subject)"])}
        />
      ) : null}
      <Button variant="outline" onClick={run} disabled={running} className="justify-self-start">
        <FlaskConical aria-hidden />
        {running ? "Running…" : "Run dry run"}
      </Button>
      {view ? <DryRunResult view={view} /> : null}
    </div>
  );
}
