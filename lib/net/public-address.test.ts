import { describe, expect, it } from "vitest";
import { isAllowedAddress, isAllowedName, parseAllowedHosts } from "./allowed-hosts";
import { isMetadataHostname, judgeAddress, literalAddress } from "./public-address";

describe("judgeAddress: public unicast only", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrierGradeNat"],
    ["169.254.169.254", "linkLocal"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd00:ec2::254", "uniqueLocal"],
    ["fc00::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a9fe:a9fe", "linkLocal"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["not an address", "invalid"],
  ])("refuses %s (%s)", (ip, range) => {
    expect(judgeAddress(ip)).toEqual({ allowed: false, range });
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])("allows %s", (ip) => {
    expect(judgeAddress(ip)).toEqual({ allowed: true, range: "unicast" });
  });
});

describe("literalAddress: what the URL parser leaves of the address forms", () => {
  it.each([
    ["http://0x7f000001/", "127.0.0.1"],
    ["http://2130706433/", "127.0.0.1"],
    ["http://0177.0.0.1/", "127.0.0.1"],
    ["http://127.1/", "127.0.0.1"],
    ["http://[::1]:8080/", "::1"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://example.com/", null],
  ])("%s → %s", (url, literal) => {
    expect(literalAddress(new URL(url).hostname)).toBe(literal);
  });

  it("knows the metadata names, with or without the final dot", () => {
    expect(isMetadataHostname("metadata.google.internal.")).toBe(true);
    expect(isMetadataHostname("METADATA.google.internal")).toBe(true);
    expect(isMetadataHostname("example.com")).toBe(false);
  });
});

describe("TICKETFLOW_WEBHOOK_ALLOWED_HOSTS", () => {
  const allowed = parseAllowedHosts(" hooks.internal , 127.0.0.1, 10.20.0.0/16, fd12::/64 ");

  it("lists names exactly and addresses by range", () => {
    expect(isAllowedName(allowed, "HOOKS.internal.")).toBe(true);
    expect(isAllowedName(allowed, "evil.hooks.internal")).toBe(false);
    expect(isAllowedAddress(allowed, "127.0.0.1")).toBe(true);
    expect(isAllowedAddress(allowed, "::ffff:127.0.0.1")).toBe(true);
    expect(isAllowedAddress(allowed, "127.0.0.2")).toBe(false);
    expect(isAllowedAddress(allowed, "10.20.3.4")).toBe(true);
    expect(isAllowedAddress(allowed, "10.21.0.1")).toBe(false);
    expect(isAllowedAddress(allowed, "fd12::5")).toBe(true);
  });

  it("refuses an entry that is neither a name nor an address", () => {
    expect(() => parseAllowedHosts("http://x/")).toThrow(/neither a host name nor an address/);
    expect(parseAllowedHosts(undefined)).toEqual({ names: new Set(), ranges: [] });
  });
});
