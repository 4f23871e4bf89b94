"use client";
// Settings > Channels > a team email channel > "Connect a mailbox" (issue 18 item 1): IMAP for
// intake, SMTP for replies ("same user and password as IMAP" where it is), Test connection,
// Save, Disconnect. Passwords are write-only: the page never receives them.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { saveMailboxAction, testMailboxConnectionAction } from "@/lib/mailboxes/actions";
import {
  AFTER_FILING,
  AFTER_FILING_LABEL,
  ZMailboxSettings,
  type TMailboxSettingsInput,
} from "@/lib/mailboxes/schemas";
import type { ConnectionCheck } from "@/lib/mailboxes/test-connection";
import type { MailboxSettingsView } from "@/lib/mailboxes/mailbox-form-values";
import { defaultMailboxValues } from "@/lib/mailboxes/mailbox-form-values";
import { ConnectionCheckResult } from "./connection-check-result";
import { DisconnectMailboxButton } from "./disconnect-mailbox-button";
import { PasswordField, ServerFields } from "./mailbox-fields";

interface MailboxCardProps {
  channelId: string;
  mailbox: MailboxSettingsView | null;
  canEdit: boolean;
}

export function MailboxCard({ channelId, mailbox, canEdit }: MailboxCardProps) {
  const router = useRouter();
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [testing, setTesting] = useState(false);
  const [testError, setTestError] = useState<string | null>(null);
  const form = useForm<TMailboxSettingsInput>({
    resolver: zodResolver(ZMailboxSettings),
    defaultValues: defaultMailboxValues(channelId, mailbox),
    disabled: !canEdit,
  });
  const sameCredentials = form.watch("smtpSameCredentials");
  const afterFiling = form.watch("afterFiling");

  const onSubmit = form.handleSubmit(async (input) => {
    const result = await runAction(
      () => saveMailboxAction(input),
      mailbox ? "Mailbox settings saved." : "Mailbox connected.",
    );
    if (result.ok) router.refresh();
    else showFieldIssues(form, result.error.issues);
  });

  // The result is shown beside the buttons (no toast: "tested" is not "it works").
  const onTest = form.handleSubmit(async (input) => {
    setTesting(true);
    setCheck(null);
    setTestError(null);
    const result = await testMailboxConnectionAction(input).catch(() => null);
    setTesting(false);
    if (result?.ok) setCheck(result.data);
    else if (result) {
      setTestError(result.error.message);
      showFieldIssues(form, result.error.issues);
    } else setTestError("Could not reach the server. Try again.");
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Connect a mailbox">
      <Card>
        <CardHeader>
          <CardTitle>{mailbox ? "Connected mailbox" : "Connect a mailbox"}</CardTitle>
          <CardDescription>
            Read the team&apos;s existing mailbox over IMAP and send replies through its SMTP server, so they come from
            the real mailbox. Passwords are stored encrypted and never shown again.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <fieldset className="grid gap-4">
            <legend className="mb-2 text-sm font-semibold">Incoming mail (IMAP)</legend>
            <ServerFields form={form} prefix="imap" />
            <TextField form={form} name="imapUser" label="User name" required description="Often the full address." />
            <PasswordField form={form} name="imapPassword" stored={mailbox !== null} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField form={form} name="folder" label="Folder to read" required />
              <SelectField
                form={form}
                name="afterFiling"
                label="After filing a message"
                choices={AFTER_FILING.map((value) => ({ value, label: AFTER_FILING_LABEL[value] }))}
              />
            </div>
            {afterFiling === "move" ? (
              <TextField form={form} name="moveToFolder" label="Move to folder" required />
            ) : null}
          </fieldset>
          <fieldset className="grid gap-4">
            <legend className="mb-2 text-sm font-semibold">Outgoing mail (SMTP)</legend>
            <ServerFields form={form} prefix="smtp" />
            <Controller
              control={form.control}
              name="smtpSameCredentials"
              render={({ field }) => (
                <div className="flex items-center justify-between gap-4 rounded-md border px-4 py-3">
                  <label htmlFor="smtp-same-credentials" className="text-sm font-medium">
                    Same user name and password as IMAP
                  </label>
                  <Switch
                    id="smtp-same-credentials"
                    checked={field.value}
                    onCheckedChange={field.onChange}
                    disabled={field.disabled}
                  />
                </div>
              )}
            />
            {sameCredentials ? null : (
              <>
                <TextField form={form} name="smtpUser" label="SMTP user name" required />
                <PasswordField form={form} name="smtpPassword" stored={mailbox !== null} />
              </>
            )}
            <TextField
              form={form}
              name="sentFolder"
              label="Sent folder (optional)"
              description="Sent replies are appended here; empty: the mailbox's own Sent folder."
            />
          </fieldset>
          {check ? <ConnectionCheckResult check={check} /> : null}
          {testError && !check ? (
            <p className="text-sm text-destructive" data-testid="connection-check-error">
              {testError}
            </p>
          ) : null}
        </CardContent>
        <CardFooter className="flex flex-wrap justify-end gap-2">
          {mailbox && canEdit ? <DisconnectMailboxButton channelId={channelId} /> : null}
          <Button type="button" variant="outline" disabled={!canEdit || testing} onClick={onTest}>
            {testing ? "Testing…" : "Test connection"}
          </Button>
          <Button type="submit" disabled={!canEdit || form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : mailbox ? "Save" : "Connect mailbox"}
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
