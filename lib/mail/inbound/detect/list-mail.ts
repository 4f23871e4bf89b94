// Mailing-list and bulk mail (RFC 2919 List-Id, Precedence: list / bulk): stored like any
// message, but never answered by an automated email (lib/mail/loop-guard): an autoresponder
// answering a list would write to every subscriber, and a list may answer back.
// List-Unsubscribe alone is not read: transactional mail from many services carries it too.
import type { InboundEmail } from "../parse";
import { headerValue } from "./headers";

export function isListMail(email: Pick<InboundEmail, "headers">): boolean {
  if (email.headers.has("list-id")) return true;
  const precedence = headerValue(email.headers, "precedence");
  return precedence === "list" || precedence === "bulk";
}
