"use client";
// "Change password" from the account menu: the current password, then the new one twice. Saving
// ends every session of this user (this browser's too), so they sign in again with the new one.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import { ZChangeOwnPasswordForm, type TChangeOwnPasswordForm } from "@/lib/auth/schemas";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

const EMPTY: TChangeOwnPasswordForm = { currentPassword: "", newPassword: "", confirmPassword: "" };

interface ChangePasswordDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes when the dialog closes (the control that opened it may be gone). */
  returnFocusTo: React.RefObject<HTMLElement | null>;
}

export function ChangePasswordDialog({ open, onOpenChange, returnFocusTo }: ChangePasswordDialogProps) {
  const form = useForm<TChangeOwnPasswordForm>({ resolver: zodResolver(ZChangeOwnPasswordForm), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    const result = await runAction(
      () => changeOwnPasswordAction({ currentPassword, newPassword }),
      "Password changed. Sign in with the new one.",
      { failureOnScreen: true },
    );
    if (result.ok) await signOut({ callbackUrl: "/login" });
    else if (result.error.issues.length) showFieldIssues(form, result.error.issues);
    else form.setError("root", { message: result.error.message });
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) form.reset(EMPTY);
      }}
    >
      <DialogContent
        data-testid="change-password-dialog"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Change password">
          <DialogHeader>
            <DialogTitle>Change password</DialogTitle>
            <DialogDescription>
              You will be signed out everywhere, then sign in with the new password.
            </DialogDescription>
          </DialogHeader>
          <FormField label="Current password" required error={errors.currentPassword?.message}>
            <Input type="password" autoComplete="current-password" autoFocus {...form.register("currentPassword")} />
          </FormField>
          <FormField
            label="New password"
            required
            error={errors.newPassword?.message}
            description={`At least ${PASSWORD_MIN} characters.`}
          >
            <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
          </FormField>
          <FormField label="New password again" required error={errors.confirmPassword?.message}>
            <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
          </FormField>
          {errors.root?.message ? (
            <p data-testid="change-password-error" role="alert" className="text-sm text-destructive">
              {errors.root.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : "Change password"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
