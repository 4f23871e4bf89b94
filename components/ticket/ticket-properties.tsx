"use client";
// Status, owner and priority, each saved on change through the engine (refused if someone else
// changed the ticket since this page loaded); the close date with how it was set.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { updateTicketPropertiesAction } from "@/lib/tickets/actions";
import { PRIORITIES, type TPriority } from "@/lib/tickets/board-schemas";
import { Label } from "@/components/ui/label";
import { OptionSelect, optionsOf, type Option } from "@/components/forms/option-select";
import { runAction } from "@/components/forms/run-action";
import { PRIORITY_LABEL } from "./priority-badge";

const UNASSIGNED = "__none__";

interface TicketPropertiesProps {
  ticket: { id: string; version: number; statusId: string; ownerId: string | null; priority: TPriority };
  statuses: { id: string; label: string; state: "OPEN" | "CLOSED" }[];
  users: { id: string; name: string }[];
}

type Change = { statusId: string } | { ownerId: string | null } | { priority: TPriority };

function PropertySelect({
  id,
  label,
  value,
  disabled,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  options: Option<string>[];
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <OptionSelect
        id={id}
        data-testid={id}
        value={value}
        onValueChange={onChange}
        disabled={disabled}
        options={options}
      />
    </div>
  );
}

export function TicketProperties({ ticket, statuses, users }: TicketPropertiesProps) {
  const router = useRouter();
  const [saving, startSaving] = useTransition();
  const save = (change: Change, done: string) =>
    startSaving(async () => {
      await runAction(
        () => updateTicketPropertiesAction({ ticketId: ticket.id, change: { ...change, version: ticket.version } }),
        done,
      );
      router.refresh();
    });
  return (
    <div className="grid gap-4" aria-busy={saving || undefined}>
      <PropertySelect
        id="ticket-status"
        label="Status"
        value={ticket.statusId}
        disabled={saving}
        onChange={(statusId) =>
          save({ statusId }, `Status changed to ${statuses.find((s) => s.id === statusId)?.label}.`)
        }
        options={statuses.map((s) => ({ value: s.id, label: s.state === "CLOSED" ? `${s.label} (closed)` : s.label }))}
      />
      <PropertySelect
        id="ticket-owner"
        label="Ticket owner"
        value={ticket.ownerId ?? UNASSIGNED}
        disabled={saving}
        onChange={(v) => save({ ownerId: v === UNASSIGNED ? null : v }, "Owner changed.")}
        options={[{ value: UNASSIGNED, label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <PropertySelect
        id="ticket-priority"
        label="Priority"
        value={ticket.priority}
        disabled={saving}
        onChange={(v) => save({ priority: v as TPriority }, "Priority changed.")}
        options={optionsOf(PRIORITIES, PRIORITY_LABEL)}
      />
    </div>
  );
}
