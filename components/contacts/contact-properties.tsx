"use client";

import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateContactAction } from "@/lib/contacts/actions";
import { ZUpdateContact, type TUpdateContact } from "@/lib/contacts/schemas";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { errorAt } from "@/components/automate/status-actions/editors/fields";

interface ContactPropertiesProps {
  contact: { id: string; email: string; name: string | null; marketingContact: boolean; createdAt: Date };
}

/** Name and marketing contact (non-transactional automated emails only go to marketing contacts). */
export function ContactProperties({ contact }: ContactPropertiesProps) {
  const router = useRouter();
  const defaults = { contactId: contact.id, name: contact.name ?? "", marketingContact: contact.marketingContact };
  const form = useForm<TUpdateContact>({ resolver: zodResolver(ZUpdateContact), defaultValues: defaults });
  const onSubmit = form.handleSubmit(async (input) => {
    const result = await runAction(() => updateContactAction(input), "Contact saved.");
    if (!result.ok) return showFieldIssues(form, result.error.issues);
    form.reset(input);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label="Contact properties">
      <dl className="grid gap-0.5 text-sm">
        <dt className="text-xs font-medium text-muted-foreground">Email</dt>
        <dd className="break-all">{contact.email}</dd>
      </dl>
      <FormField label="Name" error={errorAt(form, "name")}>
        <Input {...form.register("name")} />
      </FormField>
      <Controller
        control={form.control}
        name="marketingContact"
        render={({ field }) => (
          <div className="flex items-center justify-between gap-3">
            <label htmlFor="marketing-contact" className="text-sm">
              Marketing contact
              <span className="block text-xs text-muted-foreground">Receives non-transactional automated emails.</span>
            </label>
            <Switch id="marketing-contact" checked={field.value} onCheckedChange={field.onChange} />
          </div>
        )}
      />
      <Button
        type="submit"
        className="justify-self-end"
        disabled={!form.formState.isDirty || form.formState.isSubmitting}
      >
        {form.formState.isSubmitting ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
