"use client";
// A webhook's signing secret, shown this once (issue 13 §3): after a new webhook is saved and
// after "Rotate secret". The receiver verifies deliveries with it (docs/webhooks.md).
import { useRef } from "react";
import { Copy, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";

interface WebhookSecretDialogProps {
  secret: string | null;
  onDone: () => void;
  /** Where focus goes when it closes: the control that led here may be gone (a closed side panel). */
  returnFocusTo: () => HTMLElement | null;
}

export function WebhookSecretDialog({ secret, onDone, returnFocusTo }: WebhookSecretDialogProps) {
  const field = useRef<HTMLInputElement>(null);

  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      toast.success("Signing secret copied to the clipboard.");
    } catch {
      field.current?.select();
      toast.error("Could not copy automatically. The secret is selected: press Ctrl+C (⌘C) to copy it.");
    }
  }

  return (
    <Dialog open={secret !== null} onOpenChange={(open) => !open && onDone()}>
      <DialogContent
        data-testid="webhook-secret-dialog"
        // A stray click outside must not throw the secret away; Escape and Done still close.
        onInteractOutside={(event) => event.preventDefault()}
        onCloseAutoFocus={(event) => {
          const target = returnFocusTo();
          if (!target) return;
          event.preventDefault();
          target.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>Webhook signing secret</DialogTitle>
          <DialogDescription>
            The receiver checks each delivery&rsquo;s webhook-signature header with it (Standard Webhooks).
          </DialogDescription>
        </DialogHeader>
        <p role="note" className="flex gap-2 rounded-md border border-warning bg-warning/20 px-3 py-2 text-sm">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>
            <strong>Copy it now: it is not shown again.</strong> If it is lost, rotate the secret.
          </span>
        </p>
        <div className="grid gap-1.5">
          <Label htmlFor="webhook-secret-value">Signing secret</Label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input
              ref={field}
              id="webhook-secret-value"
              data-testid="webhook-secret-value"
              readOnly
              value={secret ?? ""}
              onFocus={(event) => event.currentTarget.select()}
              className="font-mono"
              spellCheck={false}
            />
            <Button variant="outline" onClick={copy}>
              <Copy aria-hidden /> Copy
            </Button>
          </div>
        </div>
        <DialogFooter>
          <Button onClick={onDone}>Done</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
