// "Send an outgoing webhook" (SPEC §5): POSTs (or PUTs) `{ event, deliveryId, workflow, ticket }`
// as JSON, signed like incoming events (Ticketflow-Signature, HMAC with EVENTS_SECRET). The
// delivery id is the same on every attempt, so a receiver can drop a repeat: a worker that
// dies after the receiver answered and before the step commits delivers again (at least once).
import "server-only";
import { env } from "@/lib/env";
import { SIGNATURE_HEADER, sign } from "@/lib/events/signature";
import { PermanentJobError } from "@/lib/jobs/errors";
import { getTicketDto } from "./webhook-ticket";
import { settled, type ActionHandler } from "@/lib/workflows/run/step-context";
import { judgeWebhookResponse } from "./webhook-response";

export const WEBHOOK_EVENT = "workflow.webhook";
export const WEBHOOK_TIMEOUT_MS = 10_000;

export const webhook: ActionHandler<"webhook"> = async (action, step) => {
  const secret = env().EVENTS_SECRET;
  if (!secret) throw new PermanentJobError("EVENTS_SECRET is not set, so the webhook cannot be signed");
  const { workflow } = step.state;
  const body = JSON.stringify({
    event: WEBHOOK_EVENT,
    deliveryId: step.effectKey,
    occurredAt: step.now.toISOString(),
    workflow: { id: workflow.id, name: workflow.name },
    ticket: await getTicketDto(step.jobs.db, step.state.ticket.id),
  });
  const target = `${action.method} ${action.url}`;
  // Signed with the real clock: the receiver checks the timestamp against its own.
  const signature = sign(secret, body, Math.floor(Date.now() / 1000));
  let response: Response;
  try {
    response = await fetch(action.url, {
      method: action.method,
      headers: {
        "content-type": "application/json",
        "user-agent": "Ticketflow-Webhook/1",
        [SIGNATURE_HEADER]: signature,
        "Ticketflow-Delivery": step.effectKey,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.any([step.jobs.signal, AbortSignal.timeout(WEBHOOK_TIMEOUT_MS)]),
    });
    await response.arrayBuffer().catch(() => undefined); // free the connection
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`
        : String(error instanceof Error ? (error.cause ?? error.message) : error);
    throw new Error(`${target} could not be reached: ${reason}`);
  }
  judgeWebhookResponse(response.status, response.headers.get("retry-after"), target, step.now);
  return settled({
    result: "sent",
    summary: `Webhook delivered: ${target} answered HTTP ${response.status}.`,
    detail: { url: action.url, method: action.method, status: response.status },
  });
};
