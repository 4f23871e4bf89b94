import { describe, expect, it } from "vitest";
import { clientAddress, peerIsTrustedProxy } from "./client-address";
import { PEER_HEADER, peerStampValue } from "./peer-stamp";
import { parseTrustedProxies } from "@/lib/env/trusted-proxies";

const from = (peer: string, forwardedFor?: string) => ({
  [PEER_HEADER]: peerStampValue(peer),
  ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
});

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const none = parseTrustedProxies(undefined);
    expect(clientAddress(from("203.0.113.5", "1.2.3.4"), none)).toBe("203.0.113.5");
    expect(clientAddress(new Headers(from("203.0.113.5", "1.2.3.4")), none)).toBe("203.0.113.5");
  });

  it("with a hop count, is the entry that many hops in: the right-most one the trusted proxy added", () => {
    const oneHop = parseTrustedProxies("1");
    expect(clientAddress(from("10.0.0.2", "6.6.6.6, 198.51.100.7"), oneHop)).toBe("198.51.100.7");
    expect(clientAddress(from("10.0.0.2"), oneHop)).toBe("10.0.0.2");
  });

  it("with CIDR ranges, is the right-most entry that is not a trusted proxy (a spoofed left part is ignored)", () => {
    const ranges = parseTrustedProxies("10.0.0.0/8, fd00::/8");
    expect(clientAddress(from("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9"), ranges)).toBe("198.51.100.7");
    // A peer outside the ranges is the client, whatever it forwards.
    expect(clientAddress(from("203.0.113.9", "6.6.6.6"), ranges)).toBe("203.0.113.9");
    expect(clientAddress(from("fd00::5", "2001:db8::1"), ranges)).toBe("2001:db8::1");
    expect(peerIsTrustedProxy(from("10.0.0.2"), ranges)).toBe(true);
    expect(peerIsTrustedProxy(from("203.0.113.9"), ranges)).toBe(false);
  });

  it("believes no peer header a client wrote (no stamp of this process): null", () => {
    expect(clientAddress({ [PEER_HEADER]: "guess 198.51.100.1" }, parseTrustedProxies("1"))).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, parseTrustedProxies("1"))).toBeNull();
  });

  it("refuses a setting that is neither a hop count nor addresses", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/hop count or a list/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/hop count or a list/);
  });
});
