"use client";
// Create a task on the ticket, for its owner or a chosen user, optionally due after a while.
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { DurationField } from "@/components/automate/status-actions/editors/duration-field";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import { AssigneeChoice } from "@/components/automate/status-actions/editors/assignee-choice";

type CreateTask = ActionOf<"create_task">;

export function CreateTaskFields({ form, context }: EditorProps<CreateTask>) {
  const assignTo = form.watch("assignTo");
  return (
    <div className="grid gap-4">
      <TextField form={form} name="title" label="Task title" required />
      <TextField form={form} name="notes" label="Notes" multiline />
      <AssigneeChoice
        legend="Assign the task to"
        value={assignTo === "owner" ? "owner" : "user"}
        choices={[
          { value: "owner", label: "The ticket owner" },
          { value: "user", label: "A specific user" },
        ]}
        onChange={(next) =>
          form.setValue("assignTo", next === "owner" ? "owner" : { userId: "" }, { shouldDirty: true })
        }
      />
      {assignTo === "owner" ? null : (
        <SelectField
          form={form}
          name="assignTo.userId"
          label="User"
          required
          choices={context.options.users.map((u) => ({ value: u.id, label: u.name }))}
        />
      )}
      <DurationField form={form} name="dueInMinutes" label="Due after" optional />
    </div>
  );
}

export const createTaskDefaults = (): CreateTask => ({
  type: "create_task",
  title: "",
  notes: "",
  assignTo: "owner",
  dueInMinutes: 1440,
});

export const editor: EditorSpec<CreateTask> = {
  defaults: createTaskDefaults,
  Fields: CreateTaskFields,
};
