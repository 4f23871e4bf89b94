"use client";
// Send email to the ticket's contact: a built-in transactional email or a custom automated one.
import Link from "next/link";
import { Pencil } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import { emailEditorHref } from "@/lib/templates/email-href";

type SendEmail = ActionOf<"send_email">;

export function SendEmailFields({ form, context }: EditorProps<SendEmail>) {
  const { templates } = context.options;
  const chosen = form.watch("template");
  const template = templates.find((t) => (t.key ?? t.id) === chosen);
  return (
    <div className="grid gap-4">
      <SelectField
        form={form}
        name="template"
        label="Automated email"
        required
        choices={templates.map((t) => ({ value: t.key ?? t.id, label: t.builtIn ? t.name : `${t.name} (custom)` }))}
      />
      {template ? (
        <div className="grid gap-2 rounded-md border bg-muted/40 p-3 text-sm" data-testid="chosen-email">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={emailEditorHref(template.id)}
              className="font-medium underline underline-offset-4 hover:text-primary"
              data-testid="chosen-email-name"
            >
              {template.name}
            </Link>
            <Badge variant={template.sentAsTransactional ? "secondary" : "outline"} data-testid="chosen-email-kind">
              {template.sentAsTransactional
                ? "Transactional"
                : template.transactional
                  ? "Transactional, sent as marketing (no add-on)"
                  : "Not transactional"}
            </Badge>
          </div>
          <p className="text-xs text-muted-foreground">
            Click the name to edit this email in Settings &gt; Automated emails.
          </p>
          <p className="break-words">
            <span className="text-muted-foreground">Subject: </span>
            {template.subject}
          </p>
          <p className="text-xs text-muted-foreground" data-testid="transactional-note">
            {template.sentAsTransactional
              ? "Sent to the ticket's contact whatever their marketing status."
              : "Only sent to contacts marked as marketing contacts; for anyone else it is skipped, and the skip is recorded on the ticket."}
          </p>
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="justify-self-start"
            onClick={() => context.onEditTemplate(template.id)}
          >
            <Pencil aria-hidden /> Edit
          </Button>
        </div>
      ) : null}
    </div>
  );
}

export const sendEmailDefaults = (): SendEmail => ({ type: "send_email", template: "ticket_received" });

export const editor: EditorSpec<SendEmail> = { defaults: sendEmailDefaults, Fields: SendEmailFields };
