"use client";
// Duplicate and Delete on an email's editor. Delete asks first; a refusal (a built-in, or an
// email that actions send — named in the message) stays on screen in the dialog.
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { useRouter } from "next/navigation";
import { Copy, Trash2 } from "lucide-react";
import { deleteEmailAction, duplicateEmailAction } from "@/lib/templates/actions";
import { emailEditorHref } from "@/lib/templates/email-href";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/forms/run-action";

interface EmailCommandsProps {
  email: { id: string; name: string; builtIn: boolean };
}

export function EmailCommands({ email }: EmailCommandsProps) {
  const router = useRouter();
  const [duplicating, setDuplicating] = useState(false);

  async function duplicate() {
    setDuplicating(true);
    const result = await runAction(() => duplicateEmailAction({ templateId: email.id }), `“${email.name}” duplicated.`);
    setDuplicating(false);
    if (result.ok) router.push(emailEditorHref(result.data.id));
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="outline" size="sm" onClick={duplicate} disabled={duplicating}>
        <Copy aria-hidden /> {duplicating ? "Duplicating…" : "Duplicate"}
      </Button>
      {email.builtIn ? null : <DeleteEmailButton email={email} />}
    </div>
  );
}

function DeleteEmailButton({ email }: EmailCommandsProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);
  // The Delete button gives way to the refusal: keyboard focus moves onto it, not to the page.
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  async function remove(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open until the server answers
    setPending(true);
    const result = await runAction(() => deleteEmailAction({ templateId: email.id }), `“${email.name}” deleted.`, {
      failureOnScreen: true,
    });
    setPending(false);
    if (!result.ok) return setRefusal(result.error.message);
    setOpen(false);
    router.push("/settings/automated-emails");
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        setRefusal(null);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline" size="sm">
          <Trash2 aria-hidden /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{email.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            This cannot be undone. An email that an action sends can&rsquo;t be deleted until it is removed from those
            actions.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {refusal ? (
          <p
            ref={refusalRef}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm"
            data-testid="delete-email-refusal"
          >
            {refusal}
          </p>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{refusal ? "Close" : "Cancel"}</AlertDialogCancel>
          {refusal ? null : (
            <AlertDialogAction variant="destructive" onClick={remove} disabled={pending}>
              {pending ? "Deleting…" : "Delete email"}
            </AlertDialogAction>
          )}
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
