// The unit an address throttle counts: an IPv4 address, or an IPv6 /64 (one customer's network:
// an attacker gets 2^64 addresses in it for free). ipaddr.js parses every spelling.
import ipaddr from "ipaddr.js";

export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address); // IPv4-mapped IPv6 (::ffff:1.2.3.4) → IPv4
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(":")}::/64`;
}
