import { describe, expect, it } from "vitest";
import { sign, signatureOf, verifySignature } from "./signature";

const body = '{"id":"evt_1"}';
const now = new Date("2026-03-01T12:00:00Z");
const t = now.getTime() / 1000;
const verify = (header: string | null, secrets = ["s1"]) => verifySignature({ header, body, secrets, now });

describe("signature", () => {
  it("signs as t=<unix>,v1=<HMAC-SHA256 of `${t}.${body}`>", () => {
    expect(sign("s1", body, 1700000000)).toBe(`t=1700000000,v1=${signatureOf("s1", body, 1700000000)}`);
    expect(signatureOf("s1", body, 1)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("verifies its own signature, and one entry among several (rotation)", () => {
    expect(verify(sign("s1", body, t))).toEqual({ ok: true, t });
    expect(verify(sign(["old", "s1"], body, t))).toEqual({ ok: true, t });
    expect(verify(sign("s2", body, t), ["s1", "s2"])).toEqual({ ok: true, t });
  });

  it("accepts 300 s of skew either way and refuses 301", () => {
    expect(verify(sign("s1", body, t - 300)).ok).toBe(true);
    expect(verify(sign("s1", body, t + 300)).ok).toBe(true);
    expect(verify(sign("s1", body, t - 301)).ok).toBe(false);
    expect(verify(sign("s1", body, t + 301)).ok).toBe(false);
  });

  it("refuses another body, another secret, and malformed headers with a reason", () => {
    expect(verifySignature({ header: sign("s1", body, t), body: `${body} `, secrets: ["s1"], now }).ok).toBe(false);
    expect(verify(sign("other", body, t)).ok).toBe(false);
    for (const header of [
      null,
      "",
      "t=1",
      `v1=${"a".repeat(64)}`,
      "t=x,v1=y",
      "t=1,t=2,v1=" + "a".repeat(64),
      "nonsense",
    ]) {
      const result = verify(header);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/Ticketflow-Signature|signature/);
    }
  });
});
