"use client";
// Send the ticket as JSON to another system's URL, signed with the webhook's own secret. Agents
// get the action without its URL (lib/webhooks/visibility.ts): the panel says only admins see it.
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { SelectField, TextField } from "@/components/automate/status-actions/editors/fields";
import { RotateSecretButton } from "@/components/webhooks/rotate-secret-button";

type Webhook = ActionOf<"webhook">;

export function WebhookFields({ form, context }: EditorProps<Webhook>) {
  const hidden = form.getValues("url") === undefined;
  return (
    <div className="grid gap-4">
      {hidden ? (
        <p className="text-sm text-muted-foreground" data-testid="webhook-url-hidden">
          Only admins see where a webhook points and how it is signed.
        </p>
      ) : (
        <TextField
          form={form}
          name="url"
          label="Webhook URL"
          type="url"
          required
          description="The ticket is sent as JSON, signed with this webhook's own secret; failed deliveries are retried with backoff. Only public addresses, unless the server's TICKETFLOW_WEBHOOK_ALLOWED_HOSTS lists the host."
        />
      )}
      <SelectField
        form={form}
        name="method"
        label="Method"
        choices={[
          { value: "POST", label: "POST" },
          { value: "PUT", label: "PUT" },
        ]}
      />
      {context.actionId && !context.disabled && !hidden ? (
        <div className="grid gap-1.5">
          <p className="text-sm font-medium">Signing secret</p>
          <p className="text-sm text-muted-foreground">
            Shown once when the webhook was saved. Rotate it to get a new one.
          </p>
          <div>
            <RotateSecretButton actionId={context.actionId} />
          </div>
        </div>
      ) : null}
      {!context.actionId && !context.disabled ? (
        <p className="text-sm text-muted-foreground">Its signing secret is shown once, after you add it.</p>
      ) : null}
    </div>
  );
}

export const webhookDefaults = (): Webhook => ({ type: "webhook", url: "https://", method: "POST" });

export const editor: EditorSpec<Webhook> = { defaults: webhookDefaults, Fields: WebhookFields };
