"use client";

import { useRef, useState, type MouseEvent } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
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
import { toast } from "@/components/ui/toast";
import { apiKeyRowId } from "./row-id";

export interface RevokeResult {
  id: string;
  name: string;
}

interface RevokeApiKeyButtonProps {
  id: string;
  name: string;
  revokeAction: (input: { id: string }) => Promise<ActionResult<RevokeResult>>;
}

/** Revoking cannot be undone, so it asks first; the outcome is announced in a toast. */
export function RevokeApiKeyButton({ id, name, revokeAction }: RevokeApiKeyButtonProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const revoked = useRef(false);
  const router = useRouter();

  async function revoke(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open until the server answers
    setPending(true);
    try {
      const result = await revokeAction({ id });
      revoked.current = result.ok;
      if (result.ok) toast.success(`API key "${result.data.name}" revoked.`);
      else {
        toast.error(result.error.message);
        router.refresh(); // e.g. someone else revoked it meanwhile: show the list as it is now
      }
    } catch {
      toast.error("Could not reach the server. Try again.");
    } finally {
      setPending(false);
      setOpen(false);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Revoke API key ${name}`} data-testid="revoke-api-key">
          Revoke
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        onCloseAutoFocus={(event) => {
          // The Revoke button is gone once the key is revoked: keep keyboard users on its row.
          if (!revoked.current) return;
          event.preventDefault();
          document.getElementById(apiKeyRowId(id))?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Revoke &ldquo;{name}&rdquo;?</AlertDialogTitle>
          <AlertDialogDescription>
            Anything using this key is refused from its next request. This cannot be undone; create a new key if you
            need access again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={revoke} disabled={pending} data-testid="confirm-revoke">
            {pending ? "Revoking…" : "Revoke key"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
