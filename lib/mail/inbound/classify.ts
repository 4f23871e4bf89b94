// What kind of email arrived (SPEC §4 "always" rules), from the detectors in detect/:
// - forwarded: never changes status (detect/forwarded.ts);
// - auto-reply: never creates a ticket, never changes status, never reopens — out-of-office
//   replies (detect/auto-reply.ts) and bounces (detect/bounce.ts) alike;
// - bounce: also marks the delivery of our email that bounced (lib/mail/bounces.ts);
// - list mail: never answered by an automated email (detect/list-mail.ts, lib/mail/loop-guard).
// `markers` names what recognised it, for the log and the tests.
import { autoReplyMarker } from "./detect/auto-reply";
import { bounceMarker } from "./detect/bounce";
import { forwardMarker } from "./detect/forwarded";
import { isListMail } from "./detect/list-mail";
import type { InboundEmail } from "./parse";

export interface Classification {
  forwarded: boolean;
  autoReply: boolean;
  bounce: boolean;
  listMail: boolean;
  markers: { forwarded: string | null; autoReply: string | null; bounce: string | null };
}

type ClassifyInput = Pick<InboundEmail, "subject" | "text" | "headers" | "from" | "enclosed">;

export function classifyInbound(email: ClassifyInput, envelopeFrom: string): Classification {
  const bounce = bounceMarker(email);
  const autoReply = bounce ?? autoReplyMarker(email, envelopeFrom);
  // A bounce returns our own message whole: that is not the sender forwarding anything.
  const forwarded = bounce ? null : forwardMarker(email);
  return {
    forwarded: forwarded !== null,
    autoReply: autoReply !== null,
    bounce: bounce !== null,
    listMail: isListMail(email),
    markers: { forwarded, autoReply, bounce },
  };
}
