"use client";
// The time zone picker of Settings > Account and of a workflow's delays: the runtime's IANA
// zones (the list the server's ZTimeZone accepts), typeahead by name. With `accountTimeZone`
// its first choice is "Account's time zone (…)", held in the form as "".
import { useMemo } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { errorAt } from "@/components/automate/status-actions/editors/fields";
import { timeZoneOptions } from "@/lib/account/time-zone";

/** Radix Select items cannot hold "", so the account's choice has a name of its own. */
const ACCOUNT = "account";

interface TimeZoneFieldProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  description?: React.ReactNode;
  required?: boolean;
  /** Offer "" as the account's time zone, named with this zone. */
  accountTimeZone?: string;
}

export function TimeZoneField<T extends FieldValues>({
  form,
  name,
  label,
  description,
  required,
  accountTimeZone,
}: TimeZoneFieldProps<T>) {
  const zones = useMemo(timeZoneOptions, []);
  return (
    <FormField label={label} required={required} description={description} error={errorAt(form, name)}>
      {(control) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => {
            const value = String(field.value ?? "");
            // A zone saved under another name (an alias such as Asia/Calcutta) stays visible.
            const choices = value && !zones.includes(value) ? [value, ...zones] : zones;
            return (
              <Select
                value={value === "" ? (accountTimeZone === undefined ? "" : ACCOUNT) : value}
                onValueChange={(picked) => field.onChange(picked === ACCOUNT ? "" : picked)}
                disabled={field.disabled}
              >
                <SelectTrigger {...control} onBlur={field.onBlur} ref={field.ref}>
                  <SelectValue placeholder="Choose a time zone" />
                </SelectTrigger>
                <SelectContent>
                  {accountTimeZone === undefined ? null : (
                    <SelectItem value={ACCOUNT}>
                      Account&rsquo;s time zone ({accountTimeZone.replaceAll("_", " ")})
                    </SelectItem>
                  )}
                  {choices.map((zone) => (
                    <SelectItem key={zone} value={zone}>
                      {zone.replaceAll("_", " ")}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            );
          }}
        />
      )}
    </FormField>
  );
}
