"use client";
// Workflow settings (issue 6 §2, §4): name, description, on/off, trigger, filter groups,
// re-enrollment, the delays' time zone and "unenroll when the ticket leaves the status".
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import { submitVersioned } from "@/components/forms/run-action";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { TRIGGER_LABEL } from "@/lib/workflows/trigger-label";
import { EDITABLE_TRIGGERS, ZWorkflowSettings, type TWorkflowSettings } from "@/lib/workflows/editor/schemas";
import type { WorkflowEditorView } from "@/lib/workflows/editor/editor-view";
import { updateWorkflowSettingsAction } from "@/lib/automate/workflow-editor-actions";
import { useStatusActionOptions } from "@/components/automate/status-actions/use-status-actions";
import type { EditorContext } from "@/lib/workflows/action-types/editor-types";
import { CheckField } from "./check-field";
import { EnrollmentFilterGroupsField } from "./enrollment-filter-groups-field";
import { TimeTriggerFields } from "./time-trigger-fields";
import { isoToWait } from "@/lib/workflows/time-trigger-schema";

const resolver = zodResolver(ZWorkflowSettings) as unknown as Resolver<TWorkflowSettings, unknown, TWorkflowSettings>;

export function SettingsForm({ workflow, editable }: { workflow: WorkflowEditorView; editable: boolean }) {
  const form = useForm<TWorkflowSettings, unknown, TWorkflowSettings>({
    resolver,
    defaultValues: {
      workflowId: workflow.id,
      expectedVersion: workflow.version,
      name: workflow.name,
      description: workflow.description,
      enabled: workflow.enabled,
      timeZone: workflow.timeZone ?? "",
      unenrollOnLeave: workflow.unenrollOnLeave,
      reenrollment: workflow.reenrollment,
      // A workflow's stored trigger is one the form offers (SLA triggers come with SLA timers).
      trigger: workflow.trigger as TWorkflowSettings["trigger"],
      statusId: workflow.timeTrigger.statusId ?? workflow.statusId,
      wait: isoToWait(workflow.timeTrigger.after),
      businessHours: workflow.timeTrigger.businessHours,
      slaTarget: workflow.timeTrigger.slaTarget ?? "firstReply",
      enrollmentFilterGroups: workflow.enrollmentFilterGroups as TWorkflowSettings["enrollmentFilterGroups"],
    },
  });
  const trigger = form.watch("trigger");
  const options = useStatusActionOptions(true);
  const context: EditorContext = {
    options: options.data ?? { users: [], teams: [], templates: [] },
    statuses: [],
    disabled: !editable,
    actionId: null,
    onEditTemplate: () => undefined,
  };
  const isEmailTrigger = workflow.kind === "EMAIL_SENT_TRIGGER" || workflow.kind === "CUSTOMER_REPLY_TRIGGER";
  const statuses = (workflow.pipeline?.statuses ?? []).map((s) => ({ value: s.id, label: s.label }));
  return (
    <form
      onSubmit={submitVersioned(form, updateWorkflowSettingsAction, "Settings saved.")}
      noValidate
      aria-label="Workflow settings"
      className="grid max-w-2xl gap-5"
    >
      <fieldset disabled={!editable || form.formState.isSubmitting} className="grid gap-5">
        <TextField form={form} name="name" label="Name" required />
        <TextField form={form} name="description" label="Description" multiline />
        <CheckField
          form={form}
          name="enabled"
          label="Workflow is on"
          description={
            isEmailTrigger
              ? "The same switch as this trigger's checkbox on the Automate tab."
              : "When off, no ticket enrolls and enrolled tickets stop at their next step."
          }
        />
        {workflow.kind === "CUSTOM" ? (
          <SelectField
            form={form}
            name="trigger"
            label="Enroll tickets when"
            choices={EDITABLE_TRIGGERS.map((t) => ({ value: t, label: TRIGGER_LABEL[t] }))}
          />
        ) : (
          <p className="text-sm">
            <span className="font-medium">Enroll tickets when:</span> {TRIGGER_LABEL[workflow.trigger]} (set on the
            Automate tab)
          </p>
        )}
        {(trigger === "STATUS_ENTERED" || trigger === "STATUS_DURATION") && workflow.kind === "CUSTOM" ? (
          <SelectField
            form={form}
            name="statusId"
            label={`Status in ${workflow.pipeline?.name ?? "the pipeline"}`}
            choices={statuses}
          />
        ) : null}
        {workflow.kind === "CUSTOM" ? <TimeTriggerFields form={form} trigger={trigger} /> : null}
        <EnrollmentFilterGroupsField form={form} context={context} />
        <CheckField form={form} name="reenrollment" label="Re-enroll tickets that meet the trigger again" />
        {trigger === "STATUS_ENTERED" ? (
          <CheckField form={form} name="unenrollOnLeave" label="Unenroll a ticket when it leaves the status" />
        ) : null}
        <TimeZoneField
          form={form}
          name="timeZone"
          label="Time zone of delays"
          accountTimeZone={workflow.accountTimeZone}
          description="Where a delay's weekday and time of day are counted."
        />
      </fieldset>
      {editable ? (
        <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
          Save settings
        </Button>
      ) : null}
    </form>
  );
}
