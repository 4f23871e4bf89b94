"use client";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import type { z } from "zod";
import { addStatusAction } from "@/lib/pipelines/actions";
import type { ZAddStatus } from "@/lib/pipelines/schemas";
import { TICKET_STATES, TICKET_STATE_LABEL } from "@/lib/pipelines/ticket-states";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect, optionsOf } from "@/components/forms/option-select";

const STATE_OPTIONS = optionsOf(TICKET_STATES, TICKET_STATE_LABEL);
type TForm = Omit<z.input<typeof ZAddStatus>, "pipelineId">;

// Checked with the server's schema, which loads with the first check instead of with the page
// (issue 15 item 8: first-load JS).
const resolver: Resolver<TForm> = async (values, context, options) => {
  const { ZAddStatus } = await import("@/lib/pipelines/schemas");
  return zodResolver(ZAddStatus.omit({ pipelineId: true }))(values, context, options);
};

/** "Add status": a name and open/closed; it goes to the end of the list. */
export function AddStatusForm({ pipelineId }: { pipelineId: string }) {
  const form = useForm<TForm>({ resolver, defaultValues: { label: "", state: "OPEN" } });
  const { errors, isSubmitting } = form.formState;
  const state = form.watch("state");

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await runAction(
      () => addStatusAction({ pipelineId, ...values }),
      `Status "${values.label.trim()}" added.`,
    );
    if (result.ok) form.reset({ label: "", state: values.state });
    else showFieldIssues(form, result.error.issues);
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Add a status"
      className="grid gap-3 rounded-lg border border-dashed p-3 sm:grid-cols-[minmax(0,1fr)_8rem_auto] sm:items-end"
    >
      <FormField label="New status" error={errors.label?.message}>
        <Input
          autoComplete="off"
          placeholder="e.g. Escalated"
          data-testid="new-status-label"
          {...form.register("label")}
        />
      </FormField>
      <FormField label="Ticket state">
        {(control) => (
          <OptionSelect
            {...control}
            value={state}
            options={STATE_OPTIONS}
            onValueChange={(value) => form.setValue("state", value)}
            data-testid="new-status-state"
          />
        )}
      </FormField>
      <Button type="submit" disabled={isSubmitting} data-testid="add-status">
        <Plus aria-hidden /> {isSubmitting ? "Adding…" : "Add status"}
      </Button>
    </form>
  );
}
