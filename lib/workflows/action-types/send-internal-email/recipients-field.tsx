"use client";
// Who an internal notification goes to: the ticket owner, users and teams of the account.
import { useId } from "react";
import { Controller } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import type { ActionOf, EditorProps } from "../editor-types";
import { errorAt } from "@/components/automate/status-actions/editors/fields";

type To = ActionOf<"send_internal_email">["to"];

function toggle(ids: string[], id: string, on: boolean): string[] {
  return on ? [...ids, id] : ids.filter((x) => x !== id);
}

function Choice({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 py-0.5">
      <Checkbox id={id} checked={checked} onCheckedChange={(v) => onChange(v === true)} />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

export function RecipientsField({ form, context }: EditorProps<ActionOf<"send_internal_email">>) {
  const error = errorAt(form, "to");
  const errorId = useId();
  return (
    <Controller
      control={form.control}
      name="to"
      render={({ field }) => {
        const to = field.value as To;
        const set = (next: Partial<To>) => field.onChange({ ...to, ...next });
        return (
          <fieldset
            className="grid gap-2"
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
          >
            <legend className="mb-1 text-sm font-medium">
              Recipients{" "}
              <span className="text-destructive" aria-hidden>
                *
              </span>
            </legend>
            <Choice label="Ticket owner" checked={to.owner} onChange={(owner) => set({ owner })} />
            <div className="grid gap-2 sm:grid-cols-2">
              <div className="max-h-40 overflow-y-auto rounded-md border p-2" role="group" aria-label="Users">
                <p className="mb-1 text-xs font-medium text-muted-foreground">Users</p>
                {context.options.users.map((u) => (
                  <Choice
                    key={u.id}
                    label={u.name}
                    checked={to.userIds.includes(u.id)}
                    onChange={(on) => set({ userIds: toggle(to.userIds, u.id, on) })}
                  />
                ))}
              </div>
              <div className="max-h-40 overflow-y-auto rounded-md border p-2" role="group" aria-label="Teams">
                <p className="mb-1 text-xs font-medium text-muted-foreground">Teams</p>
                {context.options.teams.map((t) => (
                  <Choice
                    key={t.id}
                    label={t.name}
                    checked={to.teamIds.includes(t.id)}
                    onChange={(on) => set({ teamIds: toggle(to.teamIds, t.id, on) })}
                  />
                ))}
              </div>
            </div>
            {error ? (
              <p id={errorId} role="alert" className="text-xs font-medium text-destructive">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      }}
    />
  );
}
