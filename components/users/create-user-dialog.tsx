"use client";
// "Add user": name, email, role and an initial password (typed or generated), then the sign-in
// details once, to hand over. Only the password's hash is stored.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserPlus } from "lucide-react";
import { createUserAction } from "@/lib/users/actions";
import { PASSWORD_MIN } from "@/lib/auth/schemas";
import { ROLE_LABEL, ZCreateUser, type RoleName, type TCreateUser } from "@/lib/users/schemas";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
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
import { OptionSelect, optionsOf } from "@/components/forms/option-select";
import { SignInDetails } from "./sign-in-details";
import { generatePassword } from "./generate-password";

const EMPTY: TCreateUser = { name: "", email: "", role: "AGENT", password: "" };

export function CreateUserDialog({ roles }: { roles: RoleName[] }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ name: string; email: string; password: string } | null>(null);
  const form = useForm<TCreateUser>({ resolver: zodResolver(ZCreateUser), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setCreated(null); // the password is gone for good once the dialog closes
      form.reset(EMPTY);
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await runAction(() => createUserAction(values), `${values.name.trim()} added.`);
    if (result.ok) setCreated({ name: result.data.name, email: result.data.email, password: values.password });
    else showFieldIssues(form, result.error.issues);
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button data-testid="create-user">
          <UserPlus aria-hidden /> Add user
        </Button>
      </DialogTrigger>
      <DialogContent data-testid="create-user-dialog" onInteractOutside={(event) => created && event.preventDefault()}>
        {created ? (
          <SignInDetails {...created} onDone={() => onOpenChange(false)} />
        ) : (
          <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Add user">
            <DialogHeader>
              <DialogTitle>Add user</DialogTitle>
              <DialogDescription>
                Set an initial password and give it to them; they sign in with their email.
              </DialogDescription>
            </DialogHeader>
            <FormField label="Name" required error={errors.name?.message}>
              <Input autoComplete="off" autoFocus {...form.register("name")} />
            </FormField>
            <FormField label="Email" required error={errors.email?.message}>
              <Input type="email" autoComplete="off" {...form.register("email")} />
            </FormField>
            <FormField label="Role" required error={errors.role?.message}>
              {(control) => (
                <OptionSelect
                  {...control}
                  value={form.watch("role")}
                  options={optionsOf(roles, ROLE_LABEL)}
                  onValueChange={(role) => form.setValue("role", role)}
                  data-testid="new-user-role"
                />
              )}
            </FormField>
            <FormField
              label="Initial password"
              required
              error={errors.password?.message}
              description={`At least ${PASSWORD_MIN} characters. You'll see it once more after saving.`}
            >
              {(control) => (
                <div className="flex gap-2">
                  <Input
                    {...control}
                    type="text"
                    autoComplete="new-password"
                    spellCheck={false}
                    className="font-mono"
                    {...form.register("password")}
                  />
                  <Button
                    variant="outline"
                    onClick={() => form.setValue("password", generatePassword(), { shouldValidate: true })}
                  >
                    Generate
                  </Button>
                </div>
              )}
            </FormField>
            <DialogFooter>
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={isSubmitting}>
                {isSubmitting ? "Adding…" : "Add user"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
