// Clickjacking, MIME sniffing, referrer leaks and injected scripts: the headers proxy.ts puts on
// every page and API answer (lib/http/security-headers.ts). Checked end to end under `npm start`
// with curl and Chromium too (see the auth helper's note): Next keeps them on the handler's own
// 401/404 answers and puts the nonce on its scripts.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { resetEnvForTests } from "@/lib/env";
import { PEER_HEADER, peerStampValue } from "@/lib/http/peer-stamp";

process.env.NEXTAUTH_SECRET ??= "attacker-suite-secret";
resetEnvForTests();

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://127.0.0.1:3000${path}`, {
    headers: { [PEER_HEADER]: peerStampValue("127.0.0.1"), ...headers },
  });

function expectCommonHeaders(headers: Headers): void {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
}

describe("security headers", () => {
  it("on the sign-in page: a nonce CSP that Next also receives (to put on its scripts)", async () => {
    const response = await proxy(request("/login"));
    expectCommonHeaders(response.headers);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-eval");
    // The request header Next reads the nonce from (x-middleware-request-*): the same policy.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    // A new nonce per answer.
    const again = (await proxy(request("/login"))).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("on a page that needs a session: the redirect to /login carries them too", async () => {
    const response = await proxy(request("/tickets?view=board"));
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/login");
    expectCommonHeaders(response.headers);
  });

  it.each(["/api/v1/pipelines", "/api/v1/no-such-route", "/api/auth/session", "/api/v1/events"])(
    "on API answers (%s, whatever the handler answers: 200, 401, 404): a CSP that allows nothing",
    async (path) => {
      const response = await proxy(request(path));
      expectCommonHeaders(response.headers);
      expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    },
  );

  it("HSTS only over https: not on plain http, nor when an untrusted client claims https", async () => {
    expect((await proxy(request("/login"))).headers.get("strict-transport-security")).toBeNull();
    const claimed = await proxy(request("/login", { "x-forwarded-proto": "https" }));
    expect(claimed.headers.get("strict-transport-security")).toBeNull();
  });

  it("HSTS when a trusted proxy says the client came over https", async () => {
    process.env.TICKETFLOW_TRUSTED_PROXIES = "127.0.0.1/32";
    resetEnvForTests();
    try {
      const response = await proxy(request("/api/v1/pipelines", { "x-forwarded-proto": "https" }));
      expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    } finally {
      delete process.env.TICKETFLOW_TRUSTED_PROXIES;
      resetEnvForTests();
    }
  });
});
