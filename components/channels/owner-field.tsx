"use client";

import { Controller, type UseFormReturn } from "react-hook-form";
import type { TChannelSettings } from "@/lib/channels/schemas";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

// A select cannot hold null: "No owner" has a value of its own.
const NO_OWNER = "__none__";

export function OwnerField({ form, users }: { form: UseFormReturn<TChannelSettings>; users: { id: string; name: string }[] }) {
  return (
    <FormField label="Ticket owner" error={form.formState.errors.ownerId?.message} description="New tickets from this channel are assigned to this user.">
      {(control) => (
        <Controller
          control={form.control}
          name="ownerId"
          render={({ field }) => (
            <Select value={field.value ?? NO_OWNER} onValueChange={(v) => field.onChange(v === NO_OWNER ? null : v)} disabled={field.disabled}>
              <SelectTrigger {...control} onBlur={field.onBlur} ref={field.ref}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={NO_OWNER}>No owner</SelectItem>
                {users.map((u) => (
                  <SelectItem key={u.id} value={u.id}>{u.name}</SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
      )}
    </FormField>
  );
}
