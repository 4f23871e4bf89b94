"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateAccountAction } from "@/lib/sla/account-actions";
import { ZAccountSettings, type TAccountSettings } from "@/lib/account/schemas";
import type { PlanTier } from "@/lib/account/plan";
import { Card, CardContent } from "@/components/ui/card";
import { TextField } from "@/components/automate/status-actions/editors/fields";
import { TimeZoneField } from "@/components/forms/time-zone-field";
import { submitVersioned } from "@/components/forms/run-action";
import { SaveFooter } from "@/components/forms/save-footer";
import { AutomatedEmailCapField } from "./automated-email-cap-field";
import { PlanTierField } from "./plan-tier-field";
import { SwitchField } from "@/components/forms/switch-field";

interface AccountFormProps {
  account: {
    name: string;
    timeZone: string;
    planTier: PlanTier;
    automatedEmailsPerContactHour: number;
    transactionalEmailAddon: boolean;
    version: number;
  };
  canEdit: boolean;
}

export function AccountForm({ account, canEdit }: AccountFormProps) {
  const form = useForm<TAccountSettings>({
    resolver: zodResolver(ZAccountSettings),
    defaultValues: {
      expectedVersion: account.version,
      name: account.name,
      timeZone: account.timeZone,
      planTier: account.planTier,
      automatedEmailsPerContactHour: account.automatedEmailsPerContactHour,
      transactionalEmailAddon: account.transactionalEmailAddon,
    },
    disabled: !canEdit,
  });

  const onSubmit = submitVersioned(form, updateAccountAction, "Account settings saved.");

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Account settings">
      <Card>
        <CardContent className="grid gap-5 pt-5">
          <TextField form={form} name="name" label="Account name" required />
          <TimeZoneField
            form={form}
            name="timeZone"
            label="Time zone"
            required
            description="“Today” for close dates and the times shown across Ticketflow."
          />
          <PlanTierField form={form} />
          <AutomatedEmailCapField form={form} />
          <SwitchField
            form={form}
            name="transactionalEmailAddon"
            label="Transactional email add-on"
            description="Lets custom automated emails be transactional: sent to every contact, not only marketing contacts. Without it a custom email is marketing; the built-in Ticket received and Ticket closed emails are always transactional."
          />
        </CardContent>
        <SaveFooter form={form} canEdit={canEdit} />
      </Card>
    </form>
  );
}
