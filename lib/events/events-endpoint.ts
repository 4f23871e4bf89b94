// POST /api/v1/events (DESIGN.md): 415 unless JSON, 413 over 256 KiB, 401 unless signed with
// EVENTS_SECRET within 300 s, 400 with field paths unless a valid event; then ingested.
// Without EVENTS_SECRET the endpoint refuses everything with 401 (and says why): an unsigned
// endpoint would let anyone move tickets. The clock and secrets are injectable for tests.
import "server-only";
import type { RouteContract } from "@/lib/api/api-route";
import { errorResponse } from "@/lib/api/error-response";
import { parseJsonText, readRawJsonBody } from "@/lib/http/json-body";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ingestEvent } from "./ingest-event";
import { ingressHandle } from "./ingress-handle";
import { ZEvent } from "./schemas";
import { SIGNATURE_HEADER, verifySignature } from "./signature";

export interface EventsEndpointOptions {
  now?: () => Date;
  secrets?: () => readonly string[];
}

function configuredSecrets(): string[] {
  const secret = env().EVENTS_SECRET;
  return secret ? [secret] : [];
}

/** The handler carries its contract (signed, no API key; the body's schema) for the OpenAPI tests. */
export function eventsEndpoint(
  options: EventsEndpointOptions = {},
): ((request: Request) => Promise<Response>) & { contract: RouteContract } {
  const clock = options.now ?? (() => new Date());
  const secretsOf = options.secrets ?? configuredSecrets;
  const handler = async (request: Request) => {
    try {
      const secrets = secretsOf();
      if (secrets.length === 0) {
        throw new AppError("UNAUTHENTICATED", "Events are not accepted: EVENTS_SECRET is not set on the server.");
      }
      const raw = await readRawJsonBody(request);
      const now = clock();
      const check = verifySignature({ header: request.headers.get(SIGNATURE_HEADER), body: raw, secrets, now });
      if (!check.ok) throw new AppError("UNAUTHENTICATED", check.reason);
      const event = ZEvent.parse(parseJsonText(raw));
      return Response.json(await ingestEvent(event, now, { handle: ingressHandle() }));
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(handler, { contract: { permission: null, body: ZEvent } satisfies RouteContract });
}
