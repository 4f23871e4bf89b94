// Where an outgoing request may go, decided once and then pinned: the URL's host is resolved
// here, every address it resolves to must be public unicast (public-address.ts) unless the admin
// listed the name or the address (allowed-hosts.ts), and the request then connects to exactly
// the address that was checked (safe-request.ts), so a name cannot resolve to a public address
// for the check and to 127.0.0.1 for the connection (DNS rebinding). Checked when a webhook is
// saved and again each time it is sent.
import dns from "node:dns";
import { isAllowedAddress, isAllowedName, type AllowedHosts } from "./allowed-hosts";
import { isMetadataHostname, judgeAddress, literalAddress } from "./public-address";

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface PinnedTarget {
  url: URL;
  /** The checked address the connection goes to. */
  address: string;
  family: 4 | 6;
}

/** Why a target is refused, for the admin (the address and its range); never shown to agents. */
export class TargetRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TargetRefusedError";
  }
}

/** The name did not resolve (now): nothing to judge yet. Saving accepts it; sending retries. */
export class UnresolvedHostError extends TargetRefusedError {
  constructor(message: string) {
    super(message);
    this.name = "UnresolvedHostError";
  }
}

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

const EXCEPTIONS = "TICKETFLOW_WEBHOOK_ALLOWED_HOSTS lists internal receivers that may be reached";

export async function resolveTarget(
  rawUrl: string,
  allowed: AllowedHosts,
  resolve: Resolver = systemResolver,
): Promise<PinnedTarget> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new TargetRefusedError(`"${rawUrl}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new TargetRefusedError(`${url.protocol} URLs are not sent; use http:// or https://`);
  const host = url.hostname;
  if (isMetadataHostname(host)) throw new TargetRefusedError(`${host} is a cloud metadata service`);
  const literal = literalAddress(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new UnresolvedHostError(`${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    if (addresses.length === 0) throw new UnresolvedHostError(`${host} does not resolve`);
  }
  const nameListed = !literal && isAllowedName(allowed, host);
  for (const { address } of addresses) {
    const verdict = judgeAddress(address);
    if (nameListed || verdict.allowed || (verdict.range !== "invalid" && isAllowedAddress(allowed, address))) continue;
    const via = literal ? "" : `${host} resolves to `;
    throw new TargetRefusedError(
      `${via}${address}, ${/^([aeio]|unspecified)/.test(verdict.range) ? "an" : "a"} ${verdict.range} address: webhooks only reach public addresses (${EXCEPTIONS})`,
    );
  }
  const [first] = addresses as [ResolvedAddress];
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
