"use client";
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { TextField } from "@/components/automate/status-actions/editors/fields";
import { RecipientsField } from "./recipients-field";
import { TokenList } from "@/components/automate/status-actions/editors/token-list";

type InternalEmail = ActionOf<"send_internal_email">;

export function InternalEmailFields(props: EditorProps<InternalEmail>) {
  const { form } = props;
  return (
    <div className="grid gap-4">
      <RecipientsField {...props} />
      <TextField form={form} name="subject" label="Subject" required />
      <TextField form={form} name="body" label="Body" required multiline />
      <TokenList form={form} name="body" />
    </div>
  );
}

export const internalEmailDefaults = (): InternalEmail => ({
  type: "send_internal_email",
  to: { userIds: [], teamIds: [], owner: true },
  subject: "Ticket update: {{ticket.subject}}",
  body: "",
});

export const editor: EditorSpec<InternalEmail> = {
  defaults: internalEmailDefaults,
  Fields: InternalEmailFields,
};
