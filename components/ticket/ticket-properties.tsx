"use client";
// Status, owner and priority, each saved on change through the engine (refused if someone else
// changed the ticket since this page loaded). Optimistic like the board: the new value shows at
// once and goes back to the saved one if the server refuses or cannot be reached. Changes made in
// quick succession are sent one after another, each with the version the previous one returned.
import { useEffect, useOptimistic, useRef, useTransition } from "react";
import { useRouter } from "next/navigation";
import { updateTicketPropertiesAction } from "@/lib/tickets/actions";
import { PRIORITIES, PRIORITY_LABEL, type TPriority } from "@/lib/tickets/board-schemas";
import { Label } from "@/components/ui/label";
import { OptionSelect, optionsOf, type Option } from "@/components/forms/option-select";
import { runAction } from "@/components/forms/run-action";

const UNASSIGNED = "__none__";

interface TicketPropertiesProps {
  ticket: { id: string; version: number; statusId: string; ownerId: string | null; priority: TPriority };
  statuses: { id: string; label: string; state: "OPEN" | "CLOSED" }[];
  users: { id: string; name: string }[];
}

type Change = { statusId: string } | { ownerId: string | null } | { priority: TPriority };
type Shown = Pick<TicketPropertiesProps["ticket"], "statusId" | "ownerId" | "priority">;

function PropertySelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: Option<string>[];
}) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <OptionSelect id={id} data-testid={id} value={value} onValueChange={onChange} options={options} />
    </div>
  );
}

export function TicketProperties({ ticket, statuses, users }: TicketPropertiesProps) {
  const router = useRouter();
  const [saving, startSaving] = useTransition();
  const [shown, show] = useOptimistic<Shown, Change>(ticket, (current, change) => ({ ...current, ...change }));
  const version = useRef(ticket.version);
  // The page's newer version (its refresh after a save, another writer's change shown live) is
  // the one the next change is checked against. The component stays mounted across it, so a list
  // a person has just opened stays open (it closed under their click when the page remounted it).
  useEffect(() => {
    version.current = Math.max(version.current, ticket.version);
  }, [ticket.version]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = (change: Change, done: string) =>
    startSaving(async () => {
      show(change);
      const sent = queue.current.then(async () => {
        const result = await runAction(
          () => updateTicketPropertiesAction({ ticketId: ticket.id, change: { ...change, version: version.current } }),
          done,
        );
        if (result.ok) version.current = result.data.version;
      });
      queue.current = sent;
      await sent;
      router.refresh();
    });
  return (
    <div className="grid gap-4" aria-busy={saving || undefined}>
      <PropertySelect
        id="ticket-status"
        label="Status"
        value={shown.statusId}
        onChange={(statusId) =>
          save({ statusId }, `Status changed to ${statuses.find((s) => s.id === statusId)?.label}.`)
        }
        options={statuses.map((s) => ({ value: s.id, label: s.state === "CLOSED" ? `${s.label} (closed)` : s.label }))}
      />
      <PropertySelect
        id="ticket-owner"
        label="Ticket owner"
        value={shown.ownerId ?? UNASSIGNED}
        onChange={(v) => save({ ownerId: v === UNASSIGNED ? null : v }, "Owner changed.")}
        options={[{ value: UNASSIGNED, label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <PropertySelect
        id="ticket-priority"
        label="Priority"
        value={shown.priority}
        onChange={(v) => save({ priority: v as TPriority }, "Priority changed.")}
        options={optionsOf(PRIORITIES, PRIORITY_LABEL)}
      />
    </div>
  );
}
