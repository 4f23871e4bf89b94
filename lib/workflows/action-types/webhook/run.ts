// "Send an outgoing webhook" (SPEC §5): POSTs (or PUTs) `{ event, deliveryId, workflow, ticket }`
// as JSON, signed like incoming events (Ticketflow-Signature, HMAC with EVENTS_SECRET). The
// delivery id is the same on every attempt, so a receiver can drop a repeat: a worker that
// dies after the receiver answered and before the step commits delivers again (at least once).
// Where it goes is checked on every attempt (lib/net): public unicast addresses only unless
// TICKETFLOW_WEBHOOK_ALLOWED_HOSTS lists the receiver, the checked address pinned for the
// connection, no redirects, 10 s, at most 64 KiB of the answer read. The timeline (agents) says
// that it failed; the URL and the network detail stay in Job.lastError and the log (admins).
import "server-only";
import { env } from "@/lib/env";
import { SIGNATURE_HEADER, sign } from "@/lib/events/signature";
import { PermanentJobError } from "@/lib/jobs/errors";
import { parseAllowedHosts } from "@/lib/net/allowed-hosts";
import { resolveTarget, TargetRefusedError } from "@/lib/net/resolve-target";
import { safeRequest, type SafeResponse } from "@/lib/net/safe-request";
import { settled, type ActionHandler } from "@/lib/workflows/run/step-context";
import { getTicketDto } from "./webhook-ticket";
import { judgeWebhookResponse } from "./webhook-response";

export const WEBHOOK_EVENT = "workflow.webhook";
export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_MAX_ANSWER_BYTES = 64 * 1024;

/** The admin's detail as the message, the agents' sentence as publicMessage (step-failure.ts). */
function withPublicMessage<T extends Error>(error: T, publicMessage: string): T {
  return Object.assign(error, { publicMessage });
}

export const webhook: ActionHandler<"webhook"> = async (action, step) => {
  const config = env();
  const secret = config.EVENTS_SECRET;
  if (!secret) throw new PermanentJobError("EVENTS_SECRET is not set, so the webhook cannot be signed");
  const target = `${action.method} ${action.url}`;
  let pinned;
  try {
    pinned = await resolveTarget(action.url, parseAllowedHosts(config.TICKETFLOW_WEBHOOK_ALLOWED_HOSTS));
  } catch (error) {
    if (!(error instanceof TargetRefusedError)) throw error;
    const refused = new PermanentJobError(`${target} refused: ${error.message}; not retried`);
    throw withPublicMessage(refused, "The webhook's address is not allowed; an admin can see why. Not retried.");
  }
  const { workflow } = step.state;
  const body = JSON.stringify({
    event: WEBHOOK_EVENT,
    deliveryId: step.effectKey,
    occurredAt: step.now.toISOString(),
    workflow: { id: workflow.id, name: workflow.name },
    ticket: await getTicketDto(step.jobs.db, step.state.ticket.id),
  });
  // Signed with the real clock: the receiver checks the timestamp against its own.
  const signature = sign(secret, body, Math.floor(Date.now() / 1000));
  let response: SafeResponse;
  try {
    response = await safeRequest(pinned, {
      method: action.method,
      headers: {
        "content-type": "application/json",
        "user-agent": "Ticketflow-Webhook/1",
        [SIGNATURE_HEADER]: signature,
        "Ticketflow-Delivery": step.effectKey,
      },
      body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxBytes: WEBHOOK_MAX_ANSWER_BYTES,
      signal: step.jobs.signal,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw withPublicMessage(
      new Error(`${target} could not be reached: ${reason}`),
      "The webhook could not be delivered.",
    );
  }
  const retryAfter = response.headers["retry-after"];
  try {
    judgeWebhookResponse(response.status, typeof retryAfter === "string" ? retryAfter : null, target, step.now);
  } catch (error) {
    const failure = error as Error;
    throw withPublicMessage(failure, failure.message.replace(target, "The webhook's receiver"));
  }
  return settled({
    result: "sent",
    summary: `Webhook delivered: the receiver answered HTTP ${response.status}.`,
    detail: { method: action.method, status: response.status },
  });
};
