"use client";
// SPEC §9: the pipeline's SLA targets on the Automate tab (Professional and above): the first
// reply and time to close, each an ISO 8601 duration or empty for none, counted in business hours
// or around the clock. Checked in the browser with the server's schema; a target changed here
// applies to tickets created after the save.
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { zodIssues } from "@/lib/actions/zod-issues";
import type { SlaPolicy } from "@/lib/automation/types";
import { saveSlaAction } from "@/lib/automate/time-settings-actions";
import { useAutomationVersion } from "./automation-version";

interface SlaValues {
  firstReply: string;
  close: string;
  businessHours: boolean;
}

const toPolicy = (values: SlaValues): SlaPolicy => ({
  firstReply: values.firstReply.trim() || null,
  close: values.close.trim() || null,
  businessHours: values.businessHours,
});

/** An issue's path, from the browser's check (["close"]) or the server's (["sla", "close"]). */
function fieldOf(path: (string | number)[]): keyof SlaValues | null {
  const field = path[0] === "sla" ? path[1] : path[0];
  return field === "firstReply" || field === "close" || field === "businessHours" ? field : null;
}

const HINT = "An ISO 8601 duration: PT30M, PT4H, P2D, P1W. Empty: no target.";

export function SlaSection({ pipelineId, sla, locked }: { pipelineId: string; sla: SlaPolicy; locked: boolean }) {
  const { version, saved } = useAutomationVersion();
  const form = useForm<SlaValues>({
    defaultValues: { firstReply: sla.firstReply ?? "", close: sla.close ?? "", businessHours: sla.businessHours },
    disabled: locked,
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const businessHours = useWatch({ control: form.control, name: "businessHours" });

  const onSubmit = form.handleSubmit(async (values) => {
    form.clearErrors();
    // The server's schema loads with the first save, not with the tab (issue 15 item 8).
    const { ZSlaPolicy } = await import("@/lib/sla/sla-policy");
    const checked = ZSlaPolicy.safeParse(toPolicy(values));
    if (!checked.success) return showFieldIssues(form, zodIssues(checked.error), fieldOf);
    const result = await runAction(
      () => saveSlaAction({ pipelineId, expectedVersion: version, sla: checked.data }),
      "SLA saved. New tickets of this pipeline get these targets.",
    );
    if (result.ok) {
      saved(result.data.version);
      form.reset(values);
    } else showFieldIssues(form, result.error.issues, fieldOf);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="SLA targets" className="grid gap-4" data-testid="sla-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="First reply within" description={HINT} error={errors.firstReply?.message}>
          <Input placeholder="PT4H" autoComplete="off" {...form.register("firstReply")} />
        </FormField>
        <FormField label="Close within" description={HINT} error={errors.close?.message}>
          <Input placeholder="P2D" autoComplete="off" {...form.register("close")} />
        </FormField>
      </div>
      <div className="flex items-center gap-2">
        <Checkbox
          id="sla-business-hours"
          checked={businessHours}
          disabled={locked}
          onCheckedChange={(checked) => form.setValue("businessHours", checked === true, { shouldDirty: true })}
        />
        <label htmlFor="sla-business-hours" className="text-sm">
          Count in business hours (Settings › Business hours); otherwise around the clock
        </label>
      </div>
      <p className="text-xs text-muted-foreground">
        The first reply is met by the first email sent to the contact from the ticket record (automated emails do not
        count); close by entering a closed status. A reopen restarts close. Changed targets apply to new tickets.
      </p>
      <div className="flex justify-end">
        <Button type="submit" disabled={locked || isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save SLA"}
        </Button>
      </div>
    </form>
  );
}
