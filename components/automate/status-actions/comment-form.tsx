"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { FormField } from "@/components/ui/form-field";
import { ZAddActionComment } from "@/lib/automate/status-action-schemas";

const ZCommentBody = ZAddActionComment.pick({ body: true });

export function CommentForm({ onAdd }: { onAdd: (body: string) => Promise<unknown> }) {
  const form = useForm<{ body: string }>({ resolver: zodResolver(ZCommentBody), defaultValues: { body: "" } });
  const submit = form.handleSubmit(async ({ body }) => {
    try {
      await onAdd(body);
      form.reset();
    } catch {
      // The toast says why; the text stays for another try.
    }
  });
  return (
    <form onSubmit={submit} noValidate className="grid gap-2">
      <FormField label="Add a comment" error={form.formState.errors.body?.message}>
        <Textarea rows={2} {...form.register("body")} />
      </FormField>
      <Button type="submit" size="sm" className="justify-self-end" disabled={form.formState.isSubmitting}>
        Comment
      </Button>
    </form>
  );
}
