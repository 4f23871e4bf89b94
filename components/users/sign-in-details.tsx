"use client";
import { Check, Copy, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";

interface SignInDetailsProps {
  name: string;
  email: string;
  password: string;
  onDone: () => void;
}

/** The new user's sign-in details, shown once so the admin can hand them over. */
export function SignInDetails({ name, email, password, onDone }: SignInDetailsProps) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(`Email: ${email}\nPassword: ${password}`);
      setCopied(true);
    } catch {
      toast.error("Could not copy automatically. Select the details and copy them by hand.");
    }
  }
  return (
    <div className="grid gap-4" data-testid="new-user-details">
      <DialogHeader>
        <DialogTitle>{name} can sign in now</DialogTitle>
        <DialogDescription>Give them these details to sign in with.</DialogDescription>
      </DialogHeader>
      <p
        role="note"
        className="flex gap-2 rounded-md border border-warning bg-warning/20 px-3 py-2 text-sm text-warning-foreground"
      >
        <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        <strong>The password is shown only now.</strong>
      </p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 rounded-md border bg-muted px-3 py-2 text-sm">
        <dt className="text-muted-foreground">Email</dt>
        <dd className="break-all">{email}</dd>
        <dt className="text-muted-foreground">Password</dt>
        <dd className="break-all font-mono" data-testid="new-user-password">
          {password}
        </dd>
      </dl>
      <DialogFooter>
        <Button variant="outline" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? "Copied" : "Copy details"}
        </Button>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </div>
  );
}
