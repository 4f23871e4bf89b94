// POST /api/v1/events as the production server answers it outside Next (scripts/server.ts,
// lib/http/serve-direct.ts): the same handler as the route, and the same security headers
// proxy.ts puts on every API answer under Next, whatever the answer (200, 400, 401, 413, 415).
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { MAX_BODY_BYTES } from "@/lib/http/json-body";
import { findDirectRoute } from "@/lib/http/direct-routes";
import { PEER_HEADER, peerStampValue } from "@/lib/http/peer-stamp";
import { securityHeaders } from "@/lib/http/security-headers";
import proxy from "@/proxy";
import { NextRequest } from "next/server";
import { channelNamed } from "../support/engine-fixtures";
import { messageEvent, signedRequest } from "../support/events";
import { sendToServer, testServerUrl } from "../support/over-http";

let channelId: string;
beforeAll(async () => {
  channelId = (await channelNamed("Support inbox")).id;
});

const API_HEADERS = securityHeaders({ kind: "api", https: false });

describe("POST /api/v1/events served directly", () => {
  it("is the route's own handler", () => {
    expect(findDirectRoute("POST", "/api/v1/events")?.handler).toBe(POST);
    expect(findDirectRoute("GET", "/api/v1/events")).toBeUndefined();
  });

  it("carries the same security headers as proxy.ts gives API answers under Next", async () => {
    const underNext = await proxy(
      new NextRequest("http://127.0.0.1:3000/api/v1/events", {
        method: "POST",
        headers: { [PEER_HEADER]: peerStampValue("127.0.0.1") },
      }),
    );
    for (const name of Object.keys(API_HEADERS)) expect(underNext.headers.get(name)).toBe(API_HEADERS[name]);

    const answers = await Promise.all([
      sendToServer(signedRequest(messageEvent({ channelId }))),
      sendToServer(signedRequest({ id: "x", type: "nope" })),
      sendToServer(signedRequest(messageEvent({ channelId }), { signature: "t=1,v1=00" })),
      sendToServer(signedRequest("x".repeat(MAX_BODY_BYTES + 1))),
      sendToServer(signedRequest(messageEvent({ channelId }), { contentType: "text/plain" })),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 400, 401, 413, 415]);
    for (const answer of answers) {
      for (const [name, value] of Object.entries(API_HEADERS)) expect(answer.headers.get(name)).toBe(value);
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
      await answer.json();
    }
  });

  it("a body over the limit sent without Content-Length (chunked) is refused with 413 too", async () => {
    const big = new TextEncoder().encode(JSON.stringify({ pad: "x".repeat(MAX_BODY_BYTES) }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < big.length; at += 16_384) controller.enqueue(big.subarray(at, at + 16_384));
        controller.close();
      },
    });
    const answer = await fetch(`${await testServerUrl()}/api/v1/events`, {
      method: "POST",
      headers: signedRequest("{}").headers,
      body,
      duplex: "half",
    } as RequestInit);
    expect(answer.status).toBe(413);
    expect((await answer.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
