// Message-IDs in angle brackets, as they appear in Message-ID / In-Reply-To headers (and as
// OutboxEmail.messageId stores them, so replies can be matched to what was sent).
import { messageIdPrefix } from "@/lib/utils/message-id-prefix";

/** `"Support <help@acme.test>"` → `acme.test`; a fallback when there is no usable domain. */
export function domainOf(address: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(address.trim());
  return match?.[1]?.toLowerCase() ?? "ticketflow.invalid";
}

/** The same idempotency key (and sender domain) always yields the same Message-ID. */
export function messageIdFor(idempotencyKey: string, from: string): string {
  return `${messageIdPrefix(idempotencyKey)}${domainOf(from)}>`;
}

export function bracketed(messageId: string): string {
  const bare = messageId.trim().replace(/^<|>$/g, "");
  return `<${bare}>`;
}
