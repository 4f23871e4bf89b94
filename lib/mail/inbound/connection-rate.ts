// How often one client address may open a connection to the inbound SMTP server: at most
// `perMinute` in any sliding minute (a ring of timestamps per address). Over it, the connection
// gets "421 … try again later" and is closed, which a real mail server answers by queueing and
// retrying. Memory stays bounded: idle addresses are forgotten, and past MAX_ADDRESSES the
// oldest entries go first.
const WINDOW_MS = 60_000;
const MAX_ADDRESSES = 10_000;

export interface ConnectionRate {
  /** Records a connection from `address`; false when that address is over its limit. */
  allow(address: string, now?: number): boolean;
}

export function connectionRate(perMinute: number): ConnectionRate {
  const seen = new Map<string, number[]>();
  return {
    allow(address, now = Date.now()) {
      const recent = (seen.get(address) ?? []).filter((at) => now - at < WINDOW_MS);
      const allowed = recent.length < perMinute;
      if (allowed) recent.push(now);
      seen.delete(address); // re-inserted last: Map order is then least recently seen first
      seen.set(address, recent);
      if (seen.size > MAX_ADDRESSES) seen.delete(seen.keys().next().value as string);
      return allowed;
    },
  };
}
