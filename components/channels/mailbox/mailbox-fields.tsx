"use client";
// The IMAP and SMTP server fields of "Connect a mailbox" (host, port, security, user, password).
import type { UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { SelectField, TextField, errorAt } from "@/components/automate/status-actions/editors/fields";
import { MAIL_SECURITY, MAIL_SECURITY_LABEL, type TMailboxSettingsInput } from "@/lib/mailboxes/schemas";

type Form = UseFormReturn<TMailboxSettingsInput>;
type Prefix = "imap" | "smtp";

const SECURITY_CHOICES = MAIL_SECURITY.map((value) => ({ value, label: MAIL_SECURITY_LABEL[value] }));

export function ServerFields({ form, prefix }: { form: Form; prefix: Prefix }) {
  const port = `${prefix}Port` as const;
  return (
    <div className="grid gap-4 sm:grid-cols-[1fr_7rem]">
      <TextField form={form} name={`${prefix}Host`} label="Host" required />
      <FormField label="Port" required error={errorAt(form, port)}>
        <Input type="number" inputMode="numeric" {...form.register(port, { valueAsNumber: true })} />
      </FormField>
      <SelectField
        form={form}
        name={`${prefix}Security`}
        label="Security"
        choices={SECURITY_CHOICES}
        description={
          prefix === "imap"
            ? "Gmail and Microsoft 365: TLS on port 993."
            : "Gmail and Microsoft 365: STARTTLS on port 587."
        }
      />
    </div>
  );
}

export function PasswordField({
  form,
  name,
  stored,
}: {
  form: Form;
  name: "imapPassword" | "smtpPassword";
  stored: boolean;
}) {
  return (
    <FormField
      label="Password"
      required={!stored}
      error={errorAt(form, name)}
      description={
        stored
          ? "Stored encrypted and never shown. Leave empty to keep it."
          : "An app password where the provider requires one."
      }
    >
      <Input type="password" autoComplete="new-password" {...form.register(name)} />
    </FormField>
  );
}
