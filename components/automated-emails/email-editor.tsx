"use client";
// Settings > Automated emails: create or edit one email — name, subject, body with the ticket
// tokens, transactional or not (needs the add-on) — beside its live preview.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createEmailAction, saveEmailAction } from "@/lib/templates/actions";
import { ZEmailDraft, type TEmailDraft } from "@/lib/templates/schemas";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { TextField } from "@/components/automate/status-actions/editors/fields";
import { TokenList } from "@/components/automate/status-actions/editors/token-list";
import { SwitchField } from "@/components/forms/switch-field";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { EmailPreview } from "./email-preview";
import { emailEditorHref } from "@/lib/templates/email-href";

export interface EditedEmail extends TEmailDraft {
  id: string;
  builtIn: boolean;
  version: number;
}

interface EmailEditorProps {
  /** null: a new email. */
  email: EditedEmail | null;
  transactionalAddon: boolean;
  canEdit: boolean;
}

const BLANK: TEmailDraft = {
  name: "",
  subject: "About your request: {{ticket.subject}}",
  body: "{{#if contact.name}}Hi {{contact.name}},{{else}}Hi there,{{/if}}\n\n\n\n— {{account.name}}",
  transactional: false,
};

export function EmailEditor({ email, transactionalAddon, canEdit }: EmailEditorProps) {
  const router = useRouter();
  const form = useForm<TEmailDraft>({
    resolver: zodResolver(ZEmailDraft),
    defaultValues: email
      ? { name: email.name, subject: email.subject, body: email.body, transactional: email.transactional }
      : BLANK,
    disabled: !canEdit,
  });
  const [subject, body] = useWatch({ control: form.control, name: ["subject", "body"] });

  const onSubmit = form.handleSubmit(async (draft) => {
    if (!email) {
      const result = await runAction(() => createEmailAction(draft), `Email “${draft.name}” created.`);
      if (!result.ok) return showFieldIssues(form, result.error.issues);
      router.push(emailEditorHref(result.data.id));
      return;
    }
    const input = { ...draft, templateId: email.id, expectedVersion: email.version };
    const result = await runAction(() => saveEmailAction(input), "Email saved.");
    if (!result.ok) return showFieldIssues(form, result.error.issues);
    form.reset(draft);
    router.refresh();
  });

  // Without the add-on the choice is locked both ways (lib/templates/transactional-addon.ts).
  const lockedTransactional = email?.builtIn || !transactionalAddon;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={email ? `Edit email ${email.name}` : "New email"}>
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <Card>
          <CardContent className="grid gap-5 pt-5">
            {email?.builtIn ? (
              <p className="text-sm">
                <span className="font-medium">{email.name}</span>{" "}
                <span className="text-muted-foreground">
                  is built in: it keeps its name, is always transactional and can&rsquo;t be deleted.
                </span>
              </p>
            ) : (
              <TextField
                form={form}
                name="name"
                label="Name"
                required
                description="How the Send email panel lists it."
              />
            )}
            <TextField form={form} name="subject" label="Subject" required />
            <TextField form={form} name="body" label="Body" required multiline />
            <TokenList form={form} name="body" />
            <SwitchField
              form={form}
              name="transactional"
              label="Transactional email"
              disabled={lockedTransactional}
              description={
                <TransactionalNote
                  builtIn={email?.builtIn ?? false}
                  addon={transactionalAddon}
                  marked={email?.transactional ?? false}
                />
              }
            />
          </CardContent>
          {canEdit ? (
            <div className="flex justify-end gap-2 border-t px-5 py-3">
              <Button
                type="submit"
                disabled={form.formState.isSubmitting || (email !== null && !form.formState.isDirty)}
              >
                {form.formState.isSubmitting ? "Saving…" : email ? "Save email" : "Create email"}
              </Button>
            </div>
          ) : null}
        </Card>
        <EmailPreview subject={subject} body={body} />
      </div>
    </form>
  );
}

function TransactionalNote({ builtIn, addon, marked }: { builtIn: boolean; addon: boolean; marked: boolean }) {
  if (builtIn) return <>Built-in emails are always transactional: every contact gets them.</>;
  const addonLink = (
    <Link href="/settings/account" className="underline underline-offset-2">
      Account defaults
    </Link>
  );
  if (!addon && marked)
    return (
      <span data-testid="addon-required">
        Locked: marked transactional while the account had the Transactional email add-on ({addonLink}). Saving keeps
        the mark, but until the add-on is on again this email is sent as marketing: only marketing contacts get it;
        anyone else is skipped, and the ticket&rsquo;s timeline says so.
      </span>
    );
  if (addon)
    return (
      <>
        On: sent to the ticket&rsquo;s contact whatever their marketing status. Off (marketing): only sent to marketing
        contacts; anyone else is skipped, and the ticket&rsquo;s timeline says so.
      </>
    );
  return (
    <span data-testid="addon-required">
      Needs the Transactional email add-on ({addonLink}). Without it this email is marketing: only marketing contacts
      get it; anyone else is skipped, and the ticket&rsquo;s timeline says so.
    </span>
  );
}
