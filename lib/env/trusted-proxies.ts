// Which hops in front of the app may say who the client is (env TICKETFLOW_TRUSTED_PROXIES):
// unset → none (the client is the socket's peer); a number n → the n nearest hops (e.g. 1 for
// one reverse proxy); otherwise a comma-separated list of addresses and CIDR ranges (or
// proxy-addr's names loopback, linklocal, uniquelocal). proxy-addr (Express's implementation)
// does the IP and CIDR parsing, IPv4-mapped IPv6 included.
import proxyAddr from "proxy-addr";

export type TrustProxy = (address: string, hop: number) => boolean;

const TRUST_NONE: TrustProxy = () => false;

/** Parses the setting; throws with a readable message when it is not one of the forms above. */
export function parseTrustedProxies(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0" || text === "false") return TRUST_NONE;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`a hop count or a list of addresses/CIDR ranges (${(error as Error).message})`);
  }
}
