"use client";
// Writing an email to the contact: a new conversation or a reply on one of the threads shown.
// The send key is made once per email, so submitting twice (or retrying after a lost answer)
// sends it once; it changes only after the server says it was sent.
import { useEffect, useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Send } from "lucide-react";
import type { ActionResult } from "@/lib/actions/action-result";
import { ZTicketEmail } from "@/lib/composer/schemas";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { NullableSelectField } from "./nullable-select-field";
import { replySubject } from "./default-thread";

const ZComposer = ZTicketEmail.pick({ threadId: true, subject: true, text: true }).extend({
  ticketId: z.string().nullable().default(null),
});
export type TComposer = z.output<typeof ZComposer>;

const NEW_THREAD = "new";

interface EmailComposerProps {
  to: string;
  threads: { id: string; subject: string }[];
  /** The thread replied on until another is chosen (null: a new conversation). */
  defaultThreadId?: string | null;
  /** Offered when the email may be about one of several tickets (the contact record). */
  tickets?: { id: string; subject: string }[];
  /** Beside the Send button; a function gets the chosen thread (null: a new conversation). */
  note: ReactNode | ((threadId: string | null) => ReactNode);
  send: (input: TComposer & { sendKey: string }) => Promise<ActionResult<unknown>>;
  /** Mounted anew after a send (e.g. keyed on the thread the send created): take focus back. */
  focusOnMount?: boolean;
  onSent?: () => void;
}

export function EmailComposer(props: EmailComposerProps) {
  const { to, threads, defaultThreadId = null, tickets, note, send, focusOnMount, onSent } = props;
  const router = useRouter();
  const sendKey = useRef(crypto.randomUUID());
  const defaultThread = threads.find((t) => t.id === defaultThreadId);
  const form = useForm<z.input<typeof ZComposer>, unknown, TComposer>({
    resolver: zodResolver(ZComposer),
    defaultValues: {
      threadId: defaultThread?.id ?? null,
      ticketId: null,
      subject: defaultThread ? replySubject(defaultThread) : "",
      text: "",
    },
  });
  const onThreadChosen = (id: string) => {
    const thread = threads.find((t) => t.id === id);
    if (thread && !form.getValues("subject")) form.setValue("subject", replySubject(thread));
  };
  const onSubmit = form.handleSubmit(async (input) => {
    const threadId = input.threadId === NEW_THREAD ? null : input.threadId;
    const result = await runAction(() => send({ ...input, threadId, sendKey: sendKey.current }), "Email sent.");
    if (!result.ok) {
      showFieldIssues(form, result.error.issues);
      return stayInComposer();
    }
    sendKey.current = crypto.randomUUID();
    onSent?.();
    form.reset();
    router.refresh();
    // The Send button was disabled while sending, which drops focus to <body>: back to the message.
    form.setFocus("text");
  });
  useEffect(() => {
    if (focusOnMount && document.activeElement === document.body) form.setFocus("text");
  }, [focusOnMount, form]);
  const chosenThread = useWatch({ control: form.control, name: "threadId" });
  const shownNote =
    typeof note === "function" ? note(chosenThread && chosenThread !== NEW_THREAD ? chosenThread : null) : note;
  const stayInComposer = () => {
    if (document.activeElement === document.body || document.activeElement === null) form.setFocus("text");
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Send an email" className="grid gap-3" data-testid="email-composer">
      <p className="text-sm">
        To <span className="font-medium">{to}</span>
      </p>
      {threads.length > 0 ? (
        <SelectField
          form={form}
          name="threadId"
          label="Conversation"
          placeholder="New conversation"
          onChosen={onThreadChosen}
          choices={[
            { value: NEW_THREAD, label: "New conversation" },
            ...threads.map((t) => ({ value: t.id, label: `Reply: ${t.subject || "(no subject)"}` })),
          ]}
        />
      ) : null}
      {tickets ? (
        <NullableSelectField
          form={form}
          name="ticketId"
          label="About ticket"
          noneLabel="No ticket"
          choices={tickets.map((t) => ({ value: t.id, label: t.subject }))}
        />
      ) : null}
      <TextField form={form} name="subject" label="Subject" required />
      <TextField form={form} name="text" label="Message" required multiline />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted-foreground" data-testid="composer-note">
          {shownNote}
        </p>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          <Send aria-hidden />
          {form.formState.isSubmitting ? "Sending…" : "Send email"}
        </Button>
      </div>
    </form>
  );
}
