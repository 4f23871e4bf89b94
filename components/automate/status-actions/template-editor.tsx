"use client";
// "Edit" on a Send email action: the automated email's subject and body, saved with "Save email".
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChevronLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SheetBody, SheetFooter } from "@/components/ui/sheet";
import { ActionFailure } from "@/lib/actions/unwrap-action";
import { showFieldIssues } from "@/components/forms/run-action";
import { ZTemplateContent, type TTemplateContent } from "@/lib/templates/schemas";
import type { EmailTemplateView } from "@/lib/templates/queries";
import { TextField } from "./editors/fields";
import { TokenList } from "./editors/token-list";
import { useSaveTemplate } from "./use-status-actions";

interface TemplateEditorProps {
  template: EmailTemplateView;
  pipelineId: string;
  onDone: () => void;
}

export function TemplateEditor({ template, pipelineId, onDone }: TemplateEditorProps) {
  const form = useForm<TTemplateContent>({
    resolver: zodResolver(ZTemplateContent),
    defaultValues: { subject: template.subject, body: template.body },
  });
  const save = useSaveTemplate();

  const submit = form.handleSubmit(async (content) => {
    try {
      await save.mutateAsync({ ...content, templateId: template.id, expectedVersion: template.version, pipelineId });
      onDone();
    } catch (error) {
      if (error instanceof ActionFailure)
        showFieldIssues(form, error.issues, (path) => (path[0] === "subject" || path[0] === "body" ? path[0] : null));
    }
  });

  return (
    <form
      // The editor sits beside the action form in the sheet; keep its submit to itself.
      onSubmit={(event) => {
        event.stopPropagation();
        void submit(event);
      }}
      noValidate
      className="flex min-h-0 flex-1 flex-col"
      aria-label={`Edit email ${template.name}`}
      data-testid="template-editor"
    >
      <SheetBody className="grid content-start gap-4">
        <Button type="button" variant="link" className="justify-self-start px-0" onClick={onDone}>
          <ChevronLeft aria-hidden /> Back to the action
        </Button>
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold">{template.name}</h3>
          <Badge variant={template.transactional ? "secondary" : "outline"}>
            {template.transactional ? "Transactional" : "Not transactional"}
          </Badge>
        </div>
        {template.transactional ? null : (
          <p className="text-xs text-muted-foreground">
            Only sent to contacts marked as marketing contacts; anyone else is skipped, and the skip is recorded.
          </p>
        )}
        <TextField form={form} name="subject" label="Subject" required />
        <TextField form={form} name="body" label="Body" required multiline />
        <TokenList form={form} name="body" />
      </SheetBody>
      <SheetFooter>
        <Button variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save email"}
        </Button>
      </SheetFooter>
    </form>
  );
}
