"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound } from "lucide-react";
import type { ActionResult } from "@/lib/actions/action-result";
import { API_KEY_NAME_MAX, ZCreateApiKey, type TCreateApiKey } from "@/lib/api-keys/schemas";
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
import { NewApiKey, type CreatedKey } from "./new-api-key";

interface CreateApiKeyDialogProps {
  createAction: (input: TCreateApiKey) => Promise<ActionResult<CreatedKey>>;
}

/** "Create API key": a name, then the full key once, with a copy button. */
export function CreateApiKeyDialog({ createAction }: CreateApiKeyDialogProps) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TCreateApiKey>({ resolver: zodResolver(ZCreateApiKey), defaultValues: { name: "" } });
  const { errors, isSubmitting } = form.formState;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      // The key is gone for good once the dialog closes.
      setCreated(null);
      setFormError(null);
      form.reset();
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<CreatedKey>;
    try {
      result = await createAction(values);
    } catch {
      setFormError("Could not reach the server. Try again.");
      return;
    }
    if (result.ok) {
      setCreated({ name: result.data.name, key: result.data.key });
      return;
    }
    const nameIssue = result.error.issues.find((issue) => issue.path[0] === "name");
    if (nameIssue) form.setError("name", { message: nameIssue.message }, { shouldFocus: true });
    else setFormError(result.error.message);
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button data-testid="create-api-key">
          <KeyRound aria-hidden /> Create API key
        </Button>
      </DialogTrigger>
      <DialogContent
        data-testid="create-api-key-dialog"
        // Once the key is shown, a stray click outside must not throw it away; Escape and Done still close.
        onInteractOutside={(event) => created && event.preventDefault()}
      >
        {created ? (
          <NewApiKey created={created} onDone={() => onOpenChange(false)} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Create API key">
            <DialogHeader>
              <DialogTitle>Create API key</DialogTitle>
              <DialogDescription>
                The key acts as you, with your role. Name it after the system that will use it.
              </DialogDescription>
            </DialogHeader>
            <FormField
              label="Name"
              required
              error={errors.name?.message}
              description={`For example "Zapier" or "Status page". Up to ${API_KEY_NAME_MAX} characters.`}
            >
              <Input autoComplete="off" autoFocus {...form.register("name")} />
            </FormField>
            {formError ? (
              <p role="alert" data-testid="create-api-key-error" className="text-sm text-destructive">
                {formError}
              </p>
            ) : null}
            <DialogFooter>
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting ? "Creating…" : "Create key"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
