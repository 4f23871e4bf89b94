"use client";
// Settings > Account > Business hours (SPEC §9): the zone, the week's opening ranges and the
// holidays, checked in the browser with the schema the server parses with, saved in one action.
import { useForm } from "react-hook-form";
import { Card, CardContent } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { SaveFooter } from "@/components/forms/save-footer";
import { zodIssues } from "@/lib/actions/zod-issues";
import { updateBusinessHoursAction } from "@/lib/sla/business-hours-actions";
import { ZBusinessHoursSettings } from "@/lib/business-hours/schemas";
import { WEEK_DAYS, type BusinessHours } from "@/lib/business-hours/week";
import { DayRangesField } from "./day-ranges-field";
import { HolidaysField } from "./holidays-field";
import { fieldOfIssue, toFormValues, toSettings, type BusinessHoursValues } from "./form-values";

interface BusinessHoursFormProps {
  hours: BusinessHours & { version: number };
  canEdit: boolean;
}

export function BusinessHoursForm({ hours, canEdit }: BusinessHoursFormProps) {
  const form = useForm<BusinessHoursValues>({ defaultValues: toFormValues(hours), disabled: !canEdit });

  const onSubmit = form.handleSubmit(async (values) => {
    form.clearErrors();
    const settings = toSettings(values);
    const checked = ZBusinessHoursSettings.safeParse(settings);
    if (!checked.success) return showFieldIssues(form, zodIssues(checked.error), fieldOfIssue);
    const result = await runAction(() => updateBusinessHoursAction(checked.data), "Business hours saved.");
    if (result.ok) form.reset({ ...values, expectedVersion: result.data.version });
    else showFieldIssues(form, result.error.issues, fieldOfIssue);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Business hours">
      <Card>
        <CardContent className="grid gap-5 pt-5">
          <TimeZoneField
            form={form}
            name="timeZone"
            label="Time zone"
            required
            description="The account's time zone: opening hours and holidays are read in it, and every time is shown in it."
          />
          <Separator />
          <div>
            <h2 className="text-base font-semibold">Opening hours</h2>
            <p className="text-xs text-muted-foreground">
              Times as HH:MM; 24:00 closes at midnight, and a range that closes at or before it opens runs past
              midnight.
            </p>
            {WEEK_DAYS.map((day) => (
              <DayRangesField key={day} form={form} day={day} disabled={!canEdit} />
            ))}
          </div>
          <Separator />
          <HolidaysField form={form} disabled={!canEdit} />
        </CardContent>
        <SaveFooter form={form} canEdit={canEdit} />
      </Card>
    </form>
  );
}
