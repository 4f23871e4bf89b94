import { expect, it } from "vitest";
import { addressBucket } from "./address-bucket";

it("counts IPv4 by address, IPv4-mapped IPv6 as IPv4, IPv6 by /64", () => {
  expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
  expect(addressBucket("::ffff:203.0.113.9")).toBe("203.0.113.9");
  expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
  expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe(addressBucket("2001:0db8:0001:0002::7"));
  expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
});
