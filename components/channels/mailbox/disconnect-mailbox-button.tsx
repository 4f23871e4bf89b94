"use client";
// Disconnect the mailbox, after a confirmation (tickets and messages already filed stay).
import { useRouter } from "next/navigation";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/forms/run-action";
import { disconnectMailboxAction } from "@/lib/mailboxes/actions";

export function DisconnectMailboxButton({ channelId }: { channelId: string }) {
  const router = useRouter();
  async function disconnect() {
    const result = await runAction(() => disconnectMailboxAction({ channelId }), "Mailbox disconnected.");
    if (result.ok) router.refresh();
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost">
          Disconnect
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogTitle>Disconnect this mailbox?</AlertDialogTitle>
        <AlertDialogDescription>
          Ticketflow stops reading it and forgets its passwords. Tickets and messages already filed stay.
        </AlertDialogDescription>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={disconnect}>Disconnect</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
