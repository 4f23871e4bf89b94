"use client";
// The body of an action's side panel, on the Automate tab and in the workflow editor: the
// action's form, or — after "Edit" on a Send email action — its email's editor ("Save email").
import type { UseQueryResult } from "@tanstack/react-query";
import { Skeleton } from "@/components/ui/skeleton";
import type { TAction } from "@/lib/workflows/action-types/registry";
import type { StatusActionOptions } from "@/lib/workflows/editor-options";
import { ActionForm } from "./action-form";
import { TemplateEditor } from "./template-editor";

interface ActionPanelBodyProps {
  options: UseQueryResult<StatusActionOptions>;
  /** Remounts the form when another action (or slot) is shown. */
  formKey: string;
  /** The saved action being edited; null while adding one. */
  actionId: string | null;
  initial: TAction;
  statuses: { id: string; label: string }[];
  readOnly: boolean;
  submitLabel: string;
  onSave: (action: TAction) => Promise<void>;
  /** The pipeline whose pages show the email (revalidated when it is saved). */
  pipelineId: string;
  /** The email being edited in place of the form, if any. */
  templateId: string | null;
  onTemplate: (templateId: string | null) => void;
}

export function ActionPanelBody({
  options,
  formKey,
  actionId,
  initial,
  statuses,
  readOnly,
  submitLabel,
  onSave,
  pipelineId,
  templateId,
  onTemplate,
}: ActionPanelBodyProps) {
  if (options.isError) {
    return (
      <p role="alert" className="p-5 text-sm text-destructive">
        Could not load the choices for this action. Close the panel and try again.
      </p>
    );
  }
  if (!options.data) {
    return (
      <div className="grid gap-3 p-5" aria-busy="true">
        <Skeleton className="h-9" />
        <Skeleton className="h-9" />
        <Skeleton className="h-24" />
      </div>
    );
  }
  const template = options.data.templates.find((t) => t.id === templateId);
  return (
    <>
      <div className={template ? "hidden" : "flex min-h-0 flex-1 flex-col"}>
        <ActionForm
          key={formKey}
          initial={initial}
          context={{ options: options.data, statuses, disabled: readOnly, actionId, onEditTemplate: onTemplate }}
          readOnly={readOnly}
          submitLabel={submitLabel}
          onSave={onSave}
        />
      </div>
      {template ? (
        <TemplateEditor key={template.id} template={template} pipelineId={pipelineId} onDone={() => onTemplate(null)} />
      ) : null}
    </>
  );
}
