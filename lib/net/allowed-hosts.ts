// TICKETFLOW_WEBHOOK_ALLOWED_HOSTS: internal receivers an admin really wants webhooks to reach,
// comma-separated: host names ("hooks.internal", matched exactly, any port) and addresses or
// CIDR ranges ("127.0.0.1", "10.20.0.0/16", "fd12::/64"). A listed name may resolve to any
// address; an unlisted name or literal still has to resolve to public unicast (or to a listed
// address or range). Cloud metadata names stay refused even when listed.
import ipaddr from "ipaddr.js";

export interface AllowedHosts {
  names: Set<string>;
  ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

export const NO_ALLOWED_HOSTS: AllowedHosts = { names: new Set(), ranges: [] };

const normalName = (name: string) => name.trim().toLowerCase().replace(/\.$/, "");

/** Throws on an entry that is neither a host name nor an address/CIDR (checked at start-up). */
export function parseAllowedHosts(list: string | undefined): AllowedHosts {
  const allowed: AllowedHosts = { names: new Set(), ranges: [] };
  for (const raw of (list ?? "").split(",")) {
    const entry = raw.trim().replace(/^\[(.*)\]$/, "$1");
    if (!entry) continue;
    if (entry.includes("/") && ipaddr.isValidCIDR(entry)) allowed.ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      allowed.ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/i.test(entry)) allowed.names.add(normalName(entry));
    else throw new Error(`"${raw.trim()}" is neither a host name nor an address or CIDR range`);
  }
  return allowed;
}

export function isAllowedName(allowed: AllowedHosts, hostname: string): boolean {
  return allowed.names.has(normalName(hostname));
}

export function isAllowedAddress(allowed: AllowedHosts, ip: string): boolean {
  const address = ipaddr.process(ip);
  return allowed.ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));
}
