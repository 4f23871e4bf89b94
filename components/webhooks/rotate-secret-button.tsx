"use client";
// "Rotate secret" in a webhook's side panel (issue 13 §3): after a confirmation, the webhook
// gets a new signing secret, shown once; the previous one keeps signing beside it for 24 hours.
import { useRef, useState } from "react";
import { RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button";
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
import { runAction } from "@/components/forms/run-action";
import { rotateWebhookSecretAction } from "@/lib/workflows/action-types/webhook/actions";
import { WebhookSecretDialog } from "./webhook-secret-dialog";

export function RotateSecretButton({ actionId }: { actionId: string }) {
  const [secret, setSecret] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  async function rotate() {
    const result = await runAction(() => rotateWebhookSecretAction({ actionId }), "Signing secret rotated.");
    if (result.ok) setSecret(result.data.webhookSecret);
  }

  return (
    <>
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button ref={button} type="button" variant="outline" data-testid="rotate-webhook-secret">
            <RotateCw aria-hidden /> Rotate secret
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Rotate this webhook&rsquo;s signing secret?</AlertDialogTitle>
            <AlertDialogDescription>
              A new secret is made and shown once. Deliveries carry a signature with the previous secret too for the
              next 24 hours, so the receiver can be switched over without a gap.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction onClick={rotate}>Rotate secret</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
      <WebhookSecretDialog secret={secret} onDone={() => setSecret(null)} returnFocusTo={() => button.current} />
    </>
  );
}
