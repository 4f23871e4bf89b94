"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createTicketAction } from "@/lib/tickets/actions";
import { PRIORITIES, PRIORITY_LABEL } from "@/lib/tickets/board-schemas";
import { ZNewTicket, type TNewTicket } from "@/lib/tickets/schemas-new-ticket";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SelectField, TextField, errorAt } from "@/components/automate/status-actions/editors/fields";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { NullableSelectField } from "./nullable-select-field";

interface PipelineChoice {
  id: string;
  name: string;
  statuses: { id: string; label: string; state: "OPEN" | "CLOSED" }[];
}

interface NewTicketFormProps {
  pipelines: PipelineChoice[];
  pipelineId: string;
  users: { id: string; name: string }[];
  contacts: { email: string; name: string | null }[];
}

const firstOpen = (pipeline: PipelineChoice | undefined) =>
  pipeline?.statuses.find((s) => s.state === "OPEN")?.id ?? "";

/** Pipeline, status (only that pipeline's), subject, description, contact, priority, owner. */
export function NewTicketForm({ pipelines, pipelineId, users, contacts }: NewTicketFormProps) {
  const router = useRouter();
  const form = useForm<TNewTicket>({
    resolver: zodResolver(ZNewTicket),
    defaultValues: {
      pipelineId,
      statusId: firstOpen(pipelines.find((p) => p.id === pipelineId)),
      subject: "",
      description: "",
      contactEmail: "",
      priority: "MEDIUM",
      ownerId: null,
    },
  });
  const pipeline = pipelines.find((p) => p.id === form.watch("pipelineId"));
  const onPipelineChosen = (id: string) =>
    form.setValue("statusId", firstOpen(pipelines.find((p) => p.id === id)), {
      shouldValidate: form.formState.isSubmitted,
    });

  const onSubmit = form.handleSubmit(async (input) => {
    const result = await runAction(() => createTicketAction(input), "Ticket created.");
    if (result.ok) router.push(`/tickets/${result.data.id}`);
    else showFieldIssues(form, result.error.issues);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New ticket">
      <Card>
        <CardContent className="grid gap-5 pt-5 sm:grid-cols-2">
          <SelectField
            form={form}
            name="pipelineId"
            label="Pipeline"
            required
            onChosen={onPipelineChosen}
            choices={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          />
          <SelectField
            form={form}
            name="statusId"
            label="Status"
            required
            placeholder="Choose a status"
            choices={(pipeline?.statuses ?? []).map((s) => ({
              value: s.id,
              label: s.state === "CLOSED" ? `${s.label} (closed)` : s.label,
            }))}
          />
          <div className="sm:col-span-2">
            <TextField form={form} name="subject" label="Subject" required />
          </div>
          <div className="sm:col-span-2">
            <TextField form={form} name="description" label="Description" multiline />
          </div>
          <FormField
            label="Contact email"
            error={errorAt(form, "contactEmail")}
            description="An existing contact, or a new one is created."
          >
            <Input type="email" list="known-contacts" autoComplete="off" {...form.register("contactEmail")} />
          </FormField>
          <datalist id="known-contacts">
            {contacts.map((c) => (
              <option key={c.email} value={c.email}>
                {c.name ?? c.email}
              </option>
            ))}
          </datalist>
          <SelectField
            form={form}
            name="priority"
            label="Priority"
            required
            choices={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] }))}
          />
          <NullableSelectField
            form={form}
            name="ownerId"
            label="Ticket owner"
            noneLabel="Unassigned"
            choices={users.map((u) => ({ value: u.id, label: u.name }))}
          />
        </CardContent>
        <CardFooter className="justify-end">
          <Button variant="ghost" onClick={() => router.back()}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Creating…" : "Create ticket"}
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
