// POST /api/v1/events at the edge: signatures (tolerance, rotation, malformed headers), the
// body's limits and validation. Refused requests write nothing; bad input is never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { sign } from "@/lib/events/signature";
import { channelNamed, rowCounts } from "../support/engine-fixtures";
import { EVENTS_SECRET, messageEvent, nowSeconds, postEvent } from "../support/events";

let channelId: string;
beforeAll(async () => {
  channelId = (await channelNamed("Support inbox")).id;
});

const NOW = new Date("2026-03-01T12:00:00Z");
const fixedClock = { now: () => NOW };
const T = NOW.getTime() / 1000;

describe("POST /api/v1/events signatures", () => {
  it.each([
    ["299 s in the past", -299],
    ["299 s in the future", 299],
    ["exactly 300 s old", -300],
    ["now", 0],
  ])("accepts a signature made %s", async (_label, skew) => {
    const result = await postEvent(messageEvent({ channelId }), { t: T + skew, endpoint: fixedClock });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ duplicate: false, ticketId: expect.any(String) });
  });

  it.each([
    ["301 s in the past", -301],
    ["301 s in the future", 301],
    ["a day old", -86_400],
  ])("refuses a signature made %s, and writes nothing", async (_label, skew) => {
    const before = await rowCounts();
    const result = await postEvent(messageEvent({ channelId }), { t: T + skew, endpoint: fixedClock });
    expect(result.status).toBe(401);
    expect(result.body.error).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/300 s/) });
    expect(await rowCounts()).toEqual(before);
  });

  it("accepts a header with several v1 entries when one matches (secret rotation)", async () => {
    const result = await postEvent(messageEvent({ channelId }), {
      secrets: ["old-secret-no-longer-valid", EVENTS_SECRET],
    });
    expect(result.status).toBe(200);
  });

  it("refuses a header whose v1 entries are all made with other secrets", async () => {
    const result = await postEvent(messageEvent({ channelId }), { secrets: ["old-secret", "another-secret"] });
    expect(result.status).toBe(401);
    expect(result.body.error.message).toMatch(/No v1 signature matches/);
  });

  it("accepts a rotated server secret through the injectable secrets", async () => {
    const endpoint = { secrets: () => ["new-secret", "previous-secret"] };
    expect((await postEvent(messageEvent({ channelId }), { secrets: "previous-secret", endpoint })).status).toBe(200);
    expect((await postEvent(messageEvent({ channelId }), { secrets: "unrelated", endpoint })).status).toBe(401);
  });

  it("refuses a signature over a different body", async () => {
    const body = messageEvent({ channelId });
    const signature = sign(EVENTS_SECRET, JSON.stringify({ ...body, id: "other" }), nowSeconds());
    expect((await postEvent(body, { signature })).status).toBe(401);
  });

  const hex = "a".repeat(64);
  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["no t", `v1=${hex}`],
    ["no v1", `t=${nowSeconds()}`],
    ["t not a number", `t=soon,v1=${hex}`],
    ["t twice", `t=${nowSeconds()},t=${nowSeconds()},v1=${hex}`],
    ["v1 not hex", `t=${nowSeconds()},v1=${"z".repeat(64)}`],
    ["v1 too short", `t=${nowSeconds()},v1=abc`],
    ["an entry without =", `t=${nowSeconds()},v1`],
    ["garbage", "Bearer xyz"],
    ["only a v0 scheme", `t=${nowSeconds()},v0=${hex}`],
  ])("refuses a malformed header (%s) with 401 and the error shape", async (_label, signature) => {
    const result = await postEvent(messageEvent({ channelId }), { signature });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String), issues: [] } });
  });

  it("refuses everything with 401 and says why when EVENTS_SECRET is not set", async () => {
    const result = await postEvent(messageEvent({ channelId }), { endpoint: { secrets: () => [] } });
    expect(result.status).toBe(401);
    expect(result.body.error.message).toMatch(/EVENTS_SECRET is not set/);
  });
});

describe("POST /api/v1/events body limits and validation", () => {
  it("answers 413 for a body over 256 KiB, before checking anything else", async () => {
    const body = messageEvent({ channelId, text: "x".repeat(MAX_BODY_BYTES) });
    const result = await postEvent(body);
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", ""])(
    "answers 415 for content type %j",
    async (contentType) => {
      const result = await postEvent(messageEvent({ channelId }), { contentType });
      expect(result.status).toBe(415);
      expect(result.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    },
  );

  it("answers 400 for signed text that is not JSON", async () => {
    const result = await postEvent("{not json");
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe("BAD_REQUEST");
  });

  it("answers 400 with the path of every invalid field", async () => {
    const event = messageEvent({ channelId, from: { email: "not-an-email" }, text: 42 });
    const result = await postEvent({ ...event, id: "", occurredAt: "yesterday" });
    expect(result.status).toBe(400);
    const paths = result.body.error.issues.map((i: { path: (string | number)[] }) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["id", "occurredAt", "data.from.email", "data.text"]));
  });

  it("answers 400 for an unknown event type, at the path 'type'", async () => {
    const result = await postEvent({ ...messageEvent({ channelId }), type: "ticket.exploded" });
    expect(result.status).toBe(400);
    expect(result.body.error.issues[0].path).toEqual(["type"]);
  });

  it("answers 400 at data.channelId for a channel that does not exist, and stores nothing", async () => {
    const before = await rowCounts();
    const result = await postEvent(messageEvent({ channelId: "no-such-channel" }));
    expect(result.status).toBe(400);
    expect(result.body.error.issues[0].path).toEqual(["data", "channelId"]);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["null", null],
    ["an array", []],
    ["a number", 7],
    ["an empty object", {}],
    ["data missing", { id: "x", type: "message.received", occurredAt: new Date().toISOString() }],
    ["an id over 200 characters", { ...messageEvent({ channelId: "c" }), id: "x".repeat(201) }],
    ["a NUL character in the text", "NUL"],
  ])("never answers 500 for bad input (%s)", async (_label, body) => {
    const result = await postEvent(body === "NUL" ? messageEvent({ channelId, text: "a\u0000b" }) : body);
    expect(result.status).toBe(400);
  });
});
