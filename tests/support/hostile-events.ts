// fast-check generators for hostile requests to POST /api/v1/events. Every case carries at least
// one defect that must refuse it (bad signature, content type, bytes, size or shape), so a 200 or
// a written row is always a bug. Shared by the fuzz test and `npm run soak`.
import fc from "fast-check";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { sign } from "@/lib/events/signature";
import { EVENTS_SECRET, messageEvent, nowSeconds } from "./events";

const hostileKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "polluted"];

const hugeString = fc.integer({ min: 1_000, max: 40_000 }).map((n) => "\u202e𝔘".repeat(n));
const deepNesting = fc.integer({ min: 50, max: 3_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth));
const pollution = fc.constantFrom(...hostileKeys).map((key) => `{"${key}":{"polluted":"yes","isAdmin":true},"id":7}`);
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** A message.received event with one field made invalid (id never a string, so it cannot pass). */
const brokenEvent = fc
  .record({
    field: fc.constantFrom("id", "type", "occurredAt", "data", "data.from", "data.text", "data.channelId"),
    value: wrongType,
    extra: fc.constantFrom(...hostileKeys),
  })
  .map(({ field, value, extra }) => {
    const event: Record<string, any> = messageEvent({ channelId: "fuzz-channel" });
    const [head, tail] = field.split(".") as [string, string | undefined];
    if (tail) event[head][tail] = value;
    else event[head] = value;
    if (field !== "id") event.id = typeof value === "string" ? 0 : value; // a non-string id: always a 400
    return JSON.stringify(event).replace(/^\{/, `{"${extra}":{"polluted":"yes"},`);
  });

/** Bodies that are invalid whatever their signature. */
const invalidBody = fc.oneof(
  fc
    .jsonValue({ maxDepth: 4 })
    .map((value) => JSON.stringify(value))
    .filter((text) => !text.includes('"id"')),
  fc.string({ maxLength: 200 }).map((text) => `{${text}`),
  hugeString.map((text) => JSON.stringify({ id: 1, data: { text } })),
  deepNesting,
  pollution,
  brokenEvent,
);

const validBody = fc.constant(null).map(() => JSON.stringify(messageEvent({ channelId: "fuzz-channel" })));

export type HostileBody = string | Uint8Array;
export interface HostileCase {
  defect: string;
  body: HostileBody;
  contentType: string | null;
  signature: string | null;
}

const signed = (body: HostileBody, t = nowSeconds(), secret = EVENTS_SECRET) =>
  sign(secret, typeof body === "string" ? body : Buffer.from(body).toString("latin1"), t);
const anyBody = fc.oneof(validBody, invalidBody);

export const hostileCase: fc.Arbitrary<HostileCase> = fc.oneof(
  anyBody.map((body) => ({ defect: "no signature", body, contentType: "application/json", signature: null })),
  fc.tuple(anyBody, fc.integer({ min: 301, max: 10_000_000 }), fc.boolean()).map(([body, skew, future]) => ({
    defect: "stale signature",
    body,
    contentType: "application/json",
    signature: signed(body, nowSeconds() + (future ? skew : -skew)),
  })),
  fc.tuple(anyBody, fc.string({ maxLength: 120 })).map(([body, header]) => ({
    defect: "malformed signature",
    body,
    contentType: "application/json",
    signature: header.replace(/[\r\n\0]/g, "") || "x",
  })),
  fc
    .tuple(anyBody, fc.string({ minLength: 1, maxLength: 30 }))
    .filter(([, s]) => s !== EVENTS_SECRET)
    .map(([body, secret]) => ({
      defect: "other secret",
      body,
      contentType: "application/json",
      signature: signed(body, nowSeconds(), secret),
    })),
  fc
    .tuple(
      anyBody,
      fc.constantFrom(
        null,
        "",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "json",
        "text/json",
      ),
    )
    .map(([body, contentType]) => ({
      defect: "content type",
      body,
      contentType,
      signature: signed(body),
    })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((tail) => {
    const body = Uint8Array.from([...Buffer.from('{"id":"'), 0xc3, 0x28, 0xff, ...tail, ...Buffer.from('"}')]);
    return { defect: "bad UTF-8", body, contentType: "application/json", signature: signed(body) };
  }),
  fc.constant(null).map(() => {
    const body = JSON.stringify({ ...messageEvent({ channelId: "fuzz-channel" }), pad: "x".repeat(MAX_BODY_BYTES) });
    return { defect: "too large", body, contentType: "application/json", signature: signed(body) };
  }),
  invalidBody.map((body) => ({
    defect: "invalid body",
    body,
    contentType: "application/json",
    signature: signed(body),
  })),
);

export function hostileRequest(c: HostileCase): Request {
  const headers = new Headers();
  if (c.contentType !== null) headers.set("content-type", c.contentType);
  if (c.signature !== null) headers.set("ticketflow-signature", c.signature);
  return new Request("http://localhost/api/v1/events", { method: "POST", headers, body: c.body as BodyInit });
}
