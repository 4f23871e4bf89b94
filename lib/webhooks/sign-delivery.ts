// Outgoing webhooks are signed in the Standard Webhooks format (DESIGN.md "Outgoing webhooks";
// https://www.standardwebhooks.com): webhook-id, webhook-timestamp (unix seconds) and
// webhook-signature "v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>", signed by the
// standardwebhooks library. While a rotated-out secret is still valid, its signature follows the
// new one, space-separated, so a receiver holding either secret accepts the delivery.
import { Webhook } from "standardwebhooks";

export interface DeliverySignature {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
}

export function signDelivery(secrets: string[], id: string, at: Date, body: string): DeliverySignature {
  if (secrets.length === 0) throw new Error("a webhook delivery needs at least one secret to sign with");
  const seconds = Math.floor(at.getTime() / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(seconds),
    "webhook-signature": secrets
      .map((secret) => new Webhook(secret).sign(id, new Date(seconds * 1000), body))
      .join(" "),
  };
}
