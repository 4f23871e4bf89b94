"use client";
// Delay for a duration, until a date and time, or until a day of the week at a time.
import type { UseFormReturn } from "react-hook-form";
import { Controller } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useAccountTimeZone } from "@/components/ui/account-time-zone";
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { fromZonedInput, toZonedInput } from "./zoned-input";
import { DurationField } from "@/components/automate/status-actions/editors/duration-field";
import { SelectField, TextField, errorAt } from "@/components/automate/status-actions/editors/fields";

type Delay = ActionOf<"delay">;
type Mode = "for" | "until" | "weekday";

const MODES: { value: Mode; label: string; start: () => Delay }[] = [
  { value: "for", label: "For a set amount of time", start: () => ({ type: "delay", minutes: 60 }) },
  {
    value: "until",
    label: "Until a date and time",
    start: () => ({ type: "delay", until: new Date(Date.now() + 86_400_000).toISOString() }),
  },
  {
    value: "weekday",
    label: "Until a day of the week",
    start: () => ({ type: "delay", untilWeekday: 1, atTime: "09:00" }),
  },
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const modeOf = (delay: Delay): Mode => ("minutes" in delay ? "for" : "until" in delay ? "until" : "weekday");

/** datetime-local has no zone: it shows and takes the time in the account's zone (zoned-input.ts). */
function UntilField({ form }: { form: UseFormReturn<Delay> }) {
  const timeZone = useAccountTimeZone();
  return (
    <FormField
      label="Date and time"
      description={`In the account's time zone (${timeZone.replaceAll("_", " ")}).`}
      required
      error={errorAt(form, "until")}
    >
      {(control) => (
        <Controller
          control={form.control}
          name="until"
          render={({ field }) => (
            <Input
              {...control}
              ref={field.ref}
              type="datetime-local"
              value={toZonedInput(String(field.value ?? ""), timeZone)}
              onBlur={field.onBlur}
              onChange={(e) => field.onChange(fromZonedInput(e.target.value, timeZone))}
            />
          )}
        />
      )}
    </FormField>
  );
}

export function DelayFields({ form }: EditorProps<Delay>) {
  const mode = modeOf(form.watch());
  return (
    <div className="grid gap-4">
      <FormField label="Delay">
        {(control) => (
          <Select value={mode} onValueChange={(next) => form.reset(MODES.find((m) => m.value === next)!.start())}>
            <SelectTrigger {...control}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {MODES.map((m) => (
                <SelectItem key={m.value} value={m.value}>
                  {m.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FormField>
      {mode === "for" ? <DurationField form={form} name="minutes" label="Wait for" /> : null}
      {mode === "until" ? <UntilField form={form} /> : null}
      {mode === "weekday" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            form={form}
            name="untilWeekday"
            label="Day"
            required
            numeric
            choices={WEEKDAYS.map((label, i) => ({ value: String(i), label }))}
          />
          <TextField form={form} name="atTime" label="Time" type="time" required />
        </div>
      ) : null}
    </div>
  );
}

export const delayDefaults = (): Delay => MODES[0]!.start();

export const editor: EditorSpec<Delay> = { defaults: delayDefaults, Fields: DelayFields };
