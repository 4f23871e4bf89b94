"use client";

import { useState } from "react";
import { Upload } from "lucide-react";
import { importAutomationAction } from "@/lib/automate/settings-actions";
import { zodIssues } from "@/lib/actions/zod-issues";
import type { FieldIssue } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { runAction } from "@/components/forms/run-action";
import { useAutomationVersion } from "./automation-version";

interface Refusal {
  message: string;
  issues: FieldIssue[];
}

/** SPEC §7: replaces the pipeline's automation with a JSON file; a file with errors changes nothing. */
export function ImportAutomationDialog({ pipelineId, disabled }: { pipelineId: string; disabled: boolean }) {
  const { saved } = useAutomationVersion();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState(false);

  async function importFile(event: React.FormEvent) {
    event.preventDefault();
    if (!file)
      return setRefusal({ message: "Choose a JSON file exported from a pipeline's Automate tab.", issues: [] });
    setPending(true);
    const outcome = await importDocument(pipelineId, await file.text());
    setPending(false);
    setRefusal(outcome.refusal ?? null);
    if (outcome.version !== undefined) {
      saved(outcome.version);
      // The action revalidates the tab; the page shows the imported settings when it answers.
      setOpen(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setRefusal(null);
        setFile(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled} data-testid="import-automation">
          <Upload aria-hidden /> Import JSON
        </Button>
      </DialogTrigger>
      <DialogContent data-testid="import-automation-dialog">
        <form onSubmit={importFile} className="grid gap-4" aria-label="Import automation">
          <DialogHeader>
            <DialogTitle>Import automation</DialogTitle>
            <DialogDescription>
              The file replaces this pipeline&rsquo;s automation settings and status actions. A file with errors changes
              nothing.
            </DialogDescription>
          </DialogHeader>
          <FormField
            label="Automation file (JSON)"
            required
            error={refusal?.issues.length === 0 ? refusal.message : undefined}
          >
            <Input
              type="file"
              accept="application/json,.json"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              data-testid="import-file"
            />
          </FormField>
          {refusal && refusal.issues.length > 0 ? <IssueList refusal={refusal} /> : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Importing…" : "Import"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function IssueList({ refusal }: { refusal: Refusal }) {
  return (
    <div
      role="alert"
      data-testid="import-issues"
      className="grid gap-2 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm"
    >
      <p className="font-medium text-destructive">{refusal.message}</p>
      <ul className="max-h-48 list-disc space-y-1 overflow-y-auto pl-5">
        {refusal.issues.map((issue, i) => (
          <li key={i}>
            <code className="break-all font-mono text-xs">{issue.path.join(".") || "(file)"}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The file is checked here with the server's schema first, then on the server (ids, version). */
async function importDocument(pipelineId: string, text: string): Promise<{ version?: number; refusal?: Refusal }> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { refusal: { message: "This file is not valid JSON.", issues: [] } };
  }
  // The document's schema (every action type's, with the template parser) loads when a file is
  // imported, not with the tab (issue 15 item 8: first-load JS).
  const { ZAutomationDocument } = await import("@/lib/automate/automation-document-schema");
  const parsed = ZAutomationDocument.safeParse(document);
  if (!parsed.success)
    return { refusal: { message: "The file is not a valid automation document.", issues: zodIssues(parsed.error) } };
  const result = await runAction(() => importAutomationAction({ pipelineId, document }), "Automation imported.");
  return result.ok
    ? { version: result.data.version }
    : { refusal: { message: result.error.message, issues: result.error.issues } };
}
