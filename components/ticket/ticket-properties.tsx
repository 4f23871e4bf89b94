"use client";
// Status, owner and priority, each saved on change through the engine (refused if someone else
// changed the ticket since this page loaded); the close date with how it was set.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { updateTicketPropertiesAction } from "@/app/(app)/tickets/[id]/actions";
import { PRIORITIES, type TPriority } from "@/lib/tickets/board-schemas";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { runAction } from "@/components/forms/run-action";
import { PRIORITY_LABEL } from "./priority-badge";

const UNASSIGNED = "__none__";

interface TicketPropertiesProps {
  ticket: { id: string; version: number; statusId: string; ownerId: string | null; priority: TPriority };
  statuses: { id: string; label: string; state: "OPEN" | "CLOSED" }[];
  users: { id: string; name: string }[];
}

type Change = { statusId: string } | { ownerId: string | null } | { priority: TPriority };

function PropertySelect({ id, label, value, disabled, onChange, children }: {
  id: string; label: string; value: string; disabled: boolean; onChange: (value: string) => void; children: React.ReactNode;
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value} onValueChange={onChange} disabled={disabled}>
        <SelectTrigger id={id} data-testid={id}><SelectValue /></SelectTrigger>
        <SelectContent>{children}</SelectContent>
      </Select>
    </div>
  );
}

export function TicketProperties({ ticket, statuses, users }: TicketPropertiesProps) {
  const router = useRouter();
  const [saving, startSaving] = useTransition();
  const save = (change: Change, done: string) =>
    startSaving(async () => {
      await runAction(() => updateTicketPropertiesAction({ ticketId: ticket.id, change: { ...change, version: ticket.version } }), done);
      router.refresh();
    });
  return (
    <div className="grid gap-4" aria-busy={saving || undefined}>
      <PropertySelect id="ticket-status" label="Status" value={ticket.statusId} disabled={saving}
        onChange={(statusId) => save({ statusId }, `Status changed to ${statuses.find((s) => s.id === statusId)?.label}.`)}>
        {statuses.map((s) => <SelectItem key={s.id} value={s.id}>{s.state === "CLOSED" ? `${s.label} (closed)` : s.label}</SelectItem>)}
      </PropertySelect>
      <PropertySelect id="ticket-owner" label="Ticket owner" value={ticket.ownerId ?? UNASSIGNED} disabled={saving}
        onChange={(v) => save({ ownerId: v === UNASSIGNED ? null : v }, "Owner changed.")}>
        <SelectItem value={UNASSIGNED}>Unassigned</SelectItem>
        {users.map((u) => <SelectItem key={u.id} value={u.id}>{u.name}</SelectItem>)}
      </PropertySelect>
      <PropertySelect id="ticket-priority" label="Priority" value={ticket.priority} disabled={saving}
        onChange={(v) => save({ priority: v as TPriority }, "Priority changed.")}>
        {PRIORITIES.map((p) => <SelectItem key={p} value={p}>{PRIORITY_LABEL[p]}</SelectItem>)}
      </PropertySelect>
    </div>
  );
}
