// Which addresses an outgoing request (a workflow webhook) may reach: public unicast only. The
// ranges are ipaddr.js's (IANA special-purpose registries), not hand-written: loopback, RFC 1918
// private, CGNAT 100.64/10, link-local (169.254/16, fe80::/10, so cloud metadata too), ULA
// fc00::/7, multicast, unspecified, broadcast, documentation/benchmark/reserved blocks, and the
// IPv6 forms that carry an IPv4 address (::ffff:a.b.c.d mapped, 64:ff9b:: NAT64, 2002:: 6to4,
// Teredo) all answer something other than "unicast". A mapped IPv4 is judged as that IPv4.
import ipaddr from "ipaddr.js";

/** Names that reach a cloud's instance metadata service, refused whatever they resolve to. */
export const METADATA_HOSTNAMES = ["metadata.google.internal", "metadata", "instance-data", "metadata.azure.internal"];

export interface AddressVerdict {
  allowed: boolean;
  /** ipaddr.js's range name ("loopback", "private", "linkLocal", "unicast", …). */
  range: string;
}

/** `ip` is a literal address (no brackets). Anything that does not parse is refused. */
export function judgeAddress(ip: string): AddressVerdict {
  if (!ipaddr.isValid(ip)) return { allowed: false, range: "invalid" };
  const range = ipaddr.process(ip).range();
  return { allowed: range === "unicast", range };
}

/** The address as written in a URL's host ("[::1]" → "::1"), or null when the host is a name. */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}

export function isMetadataHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return METADATA_HOSTNAMES.includes(name);
}
