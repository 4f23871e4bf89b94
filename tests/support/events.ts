// Signed calls to POST /api/v1/events, and event builders for the engine's tests.
// The route module registers its handler as the production server's direct route.
import "@/app/api/v1/events/route";
import { resetEnvForTests } from "@/lib/env";
import { eventsEndpoint, type EventsEndpointOptions } from "@/lib/events/events-endpoint";
import { sign } from "@/lib/events/signature";
import { unique } from "./engine-fixtures";
import { overHttp, sendToServer } from "./over-http";

export const EVENTS_SECRET = "whsec_test_0123456789abcdef";
process.env.EVENTS_SECRET = EVENTS_SECRET;
resetEnvForTests();

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export interface SignedRequestOptions {
  secrets?: string | string[];
  t?: number;
  /** Replaces the computed header (malformed-header tests); null sends none. */
  signature?: string | null;
  contentType?: string;
}

export function signedRequest(body: unknown, options: SignedRequestOptions = {}): Request {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const signature =
    options.signature === undefined
      ? sign(options.secrets ?? EVENTS_SECRET, raw, options.t ?? nowSeconds())
      : options.signature;
  const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json" };
  if (signature !== null) headers["ticketflow-signature"] = signature;
  return new Request("http://localhost/api/v1/events", { method: "POST", headers, body: raw });
}

/** POST /api/v1/events as the production server serves it: the route's handler (registered as a
 *  direct route when the route module loads), over node:http, through its dispatch and adapter. */
export const POST_OVER_HTTP = sendToServer;

/** Through the real route (env secret, real clock), or an endpoint built with `endpoint` options;
 *  either way over HTTP through the production server's adapter. */
export async function postEvent(
  body: unknown,
  options: SignedRequestOptions & { endpoint?: EventsEndpointOptions } = {},
) {
  const handler = options.endpoint ? overHttp(eventsEndpoint(options.endpoint)) : POST_OVER_HTTP;
  const response = await handler(signedRequest(body, options));
  return { status: response.status, body: await response.json() };
}

export function messageEvent(data: Record<string, unknown> & { channelId: string }, id = unique("evt")) {
  return {
    id,
    type: "message.received",
    occurredAt: new Date().toISOString(),
    data: {
      threadKey: unique("thread"),
      messageId: `<${unique("msg")}@customer.example>`,
      from: { email: `${unique("someone")}@customer.example`, name: "Someone" },
      subject: "Help please",
      text: "My order has not arrived.",
      ...data,
    },
  };
}

export function emailEvent(
  data: Record<string, unknown> & { contactEmail: string; threadKey: string },
  id = unique("evt"),
) {
  return {
    id,
    type: "email.sent",
    occurredAt: new Date().toISOString(),
    data: {
      messageId: `<${unique("out")}@acme.example>`,
      fromUserEmail: "agent@example.com",
      sentFrom: "ticket",
      subject: "Re: Help please",
      text: "We are on it.",
      ...data,
    },
  };
}
