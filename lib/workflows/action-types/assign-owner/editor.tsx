"use client";
// Assign the ticket's owner: a chosen user, or the next member of a team in rotation.
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import { AssigneeChoice } from "@/components/automate/status-actions/editors/assignee-choice";

type AssignOwner = ActionOf<"assign_owner">;

export function AssignOwnerFields({ form, context }: EditorProps<AssignOwner>) {
  const rotate = "rotateAmongTeamId" in form.watch();
  return (
    <div className="grid gap-4">
      <AssigneeChoice
        legend="New owner"
        value={rotate ? "team" : "user"}
        choices={[
          { value: "user", label: "A specific user" },
          { value: "team", label: "Rotate among a team's members" },
        ]}
        onChange={(next) =>
          form.reset(
            next === "team" ? { type: "assign_owner", rotateAmongTeamId: "" } : { type: "assign_owner", userId: "" },
          )
        }
      />
      {rotate ? (
        <SelectField
          form={form}
          name="rotateAmongTeamId"
          label="Team"
          required
          choices={context.options.teams.map((t) => ({ value: t.id, label: t.name }))}
        />
      ) : (
        <SelectField
          form={form}
          name="userId"
          label="User"
          required
          choices={context.options.users.map((u) => ({ value: u.id, label: u.name }))}
        />
      )}
    </div>
  );
}

export const assignOwnerDefaults = (): AssignOwner => ({ type: "assign_owner", userId: "" });

export const editor: EditorSpec<AssignOwner> = {
  defaults: assignOwnerDefaults,
  Fields: AssignOwnerFields,
};
