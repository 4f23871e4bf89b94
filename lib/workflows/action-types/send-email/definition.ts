// "Send email" to the ticket's contact from a template (SPEC §5). Starter.
import { defineActionType } from "../define";
import type { TSendEmail } from "./schema";

const TEMPLATE_NAMES: Record<string, string> = { ticket_received: "Ticket received", ticket_closed: "Ticket closed" };

export const sendEmail = defineActionType<TSendEmail>({
  type: "send_email",
  dbType: "SEND_EMAIL",
  label: "Send email",
  feature: "statusActions",
  describe: (a, names) =>
    `Send email: ${names?.templates?.[a.template] ?? TEMPLATE_NAMES[a.template] ?? "Custom automated email"}`,
  refs: (a) => [{ kind: "template", id: a.template, path: ["template"] }],
});
