// A parsed inbound email for the detectors' unit tests.
import type { InboundEmail } from "../parse";

export function email(headers: Record<string, string> = {}, extra: Partial<InboundEmail> = {}): InboundEmail {
  return {
    messageId: "<m@x>",
    inReplyTo: null,
    references: [],
    from: { email: "c@x.example", name: null },
    replyTo: null,
    subject: "Hello",
    text: "Body",
    headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), [v]])),
    enclosed: [],
    ...extra,
  };
}
