"use client";
// "Create workflow" on /workflows: a name and the status whose tickets it enrolls; opens the editor.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { ZCreateWorkflow, type TCreateWorkflow } from "@/lib/workflows/editor/schemas";
import type { StatusChoice } from "@/lib/workflows/editor/status-choices";
import { createWorkflowAction } from "@/lib/automate/create-workflow-action";

const resolver = zodResolver(ZCreateWorkflow) as unknown as Resolver<TCreateWorkflow, unknown, TCreateWorkflow>;

export function CreateWorkflowDialog({ statuses }: { statuses: StatusChoice[] }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const form = useForm<TCreateWorkflow, unknown, TCreateWorkflow>({
    resolver,
    defaultValues: { name: "", pipelineId: "", statusId: "" },
  });
  const submit = form.handleSubmit(async (input) => {
    const result = await runAction(() => createWorkflowAction(input), "Workflow created.");
    if (result.ok) router.push(`/workflows/${result.data.workflowId}`);
    else showFieldIssues(form, result.error.issues);
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>Create workflow</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Create workflow</DialogTitle>
          <DialogDescription>
            It enrolls tickets that reach a status, and starts off until you turn it on.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="grid gap-4" aria-label="Create workflow">
          <TextField form={form} name="name" label="Name" required />
          <SelectField
            form={form}
            name="statusId"
            label="Ticket reaches status"
            required
            choices={statuses}
            onChosen={(id) => form.setValue("pipelineId", statuses.find((s) => s.value === id)?.pipelineId ?? "")}
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              Create
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
