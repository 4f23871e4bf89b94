// Outgoing mail: the transport (SMTP or capture), idempotent sending, the Outbox.
export { sendMail, type SendMailInput, type SendMailResult, type SendMailDeps } from "./send-mail";
export { listOutbox, type OutboxEmailView } from "./outbox";
export {
  createMailTransport,
  mailTransport,
  useMailTransport,
  type MailTransport,
  type TransportKind,
} from "./transport";
export { messageIdFor } from "./message-id";
export { deliverEmailJob, ZDeliverEmailPayload, type TDeliverEmailPayload } from "./deliver-email-job";
