// "Send an outgoing webhook" (SPEC §5): POSTs (or PUTs) `{ event, deliveryId, workflow, ticket }`
// as JSON, signed with the webhook's own secret in the Standard Webhooks format (DESIGN.md;
// lib/webhooks/sign-delivery.ts). webhook-id is the delivery id, the same on every attempt, so a
// receiver can drop a repeat: a worker that dies after the receiver answered and before the step
// commits delivers again (at least once). Where it goes is checked on every attempt (lib/net):
// public unicast addresses only unless TICKETFLOW_WEBHOOK_ALLOWED_HOSTS lists the receiver, the
// checked address pinned for the connection, no redirects, 10 s, at most 64 KiB of the answer
// read. The timeline, which agents read, says only "Webhook failed"; the URL and the reason stay
// in Job.lastError and the log (admins, Settings > Jobs).
import "server-only";
import { env } from "@/lib/env";
import { PermanentJobError } from "@/lib/jobs/errors";
import { parseAllowedHosts } from "@/lib/net/allowed-hosts";
import { resolveTarget, TargetRefusedError, UnresolvedHostError } from "@/lib/net/resolve-target";
import { safeRequest, type SafeResponse } from "@/lib/net/safe-request";
import { signDelivery } from "@/lib/webhooks/sign-delivery";
import { signingSecretsOf } from "@/lib/webhooks/signing-secrets";
import { settled, type ActionHandler } from "@/lib/workflows/run/step-context";
import { getTicketDto } from "./webhook-ticket";
import { judgeWebhookResponse } from "./webhook-response";

export const WEBHOOK_EVENT = "workflow.webhook";
export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_MAX_ANSWER_BYTES = 64 * 1024;

/** What agents read on the timeline whatever went wrong: not where the webhook points, nor why. */
export const WEBHOOK_FAILED = "Webhook failed; an admin can see why in Settings > Jobs.";

/** The admin's detail as the message, the agents' sentence as publicMessage (step-failure.ts). */
const failed = <T extends Error>(error: T): T => Object.assign(error, { publicMessage: WEBHOOK_FAILED });

export const webhook: ActionHandler<"webhook"> = async (action, step) => {
  const target = `${action.method} ${action.url}`;
  const secrets = await signingSecretsOf(step.jobs.db, action.secretId, step.now);
  if (secrets.length === 0)
    throw failed(new PermanentJobError(`${target} has no signing secret: rotate its secret in the editor`));
  let pinned;
  try {
    pinned = await resolveTarget(action.url, parseAllowedHosts(env().TICKETFLOW_WEBHOOK_ALLOWED_HOSTS));
  } catch (error) {
    if (error instanceof UnresolvedHostError) throw failed(new Error(`${target}: ${error.message}`));
    if (!(error instanceof TargetRefusedError)) throw error;
    throw failed(new PermanentJobError(`${target} refused: ${error.message}; not retried`));
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
  const signature = signDelivery(secrets, step.effectKey, new Date(), body);
  let response: SafeResponse;
  try {
    response = await safeRequest(pinned, {
      method: action.method,
      headers: { "content-type": "application/json", "user-agent": "Ticketflow-Webhook/1", ...signature },
      body,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxBytes: WEBHOOK_MAX_ANSWER_BYTES,
      signal: step.jobs.signal,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw failed(new Error(`${target} could not be reached: ${reason}`));
  }
  const retryAfter = response.headers["retry-after"];
  try {
    judgeWebhookResponse(response.status, typeof retryAfter === "string" ? retryAfter : null, target, step.now);
  } catch (error) {
    throw failed(error as Error);
  }
  return settled({
    result: "sent",
    summary: `Webhook delivered: the receiver answered HTTP ${response.status}.`,
    detail: { method: action.method, status: response.status },
  });
};
