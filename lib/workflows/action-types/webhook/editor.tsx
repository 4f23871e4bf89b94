"use client";
// Send the ticket as JSON to another system's URL.
import { Webhook as WebhookIcon } from "lucide-react";
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";

type Webhook = ActionOf<"webhook">;

export function WebhookFields({ form }: EditorProps<Webhook>) {
  return (
    <div className="grid gap-4">
      <TextField
        form={form}
        name="url"
        label="Webhook URL"
        type="url"
        required
        description="The ticket is sent as JSON; failed deliveries are retried with backoff."
      />
      <SelectField
        form={form}
        name="method"
        label="Method"
        choices={[
          { value: "POST", label: "POST" },
          { value: "PUT", label: "PUT" },
        ]}
      />
    </div>
  );
}

export const webhookDefaults = (): Webhook => ({ type: "webhook", url: "https://", method: "POST" });

export const editor: EditorSpec<Webhook> = { icon: WebhookIcon, defaults: webhookDefaults, Fields: WebhookFields };
