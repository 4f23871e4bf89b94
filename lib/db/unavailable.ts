// "The database is away", recognised in whatever shape it reaches the edge: pg's errors
// (SQLSTATE 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, class 08
// connection exceptions, 53300 too many connections), socket errors (ECONNREFUSED, ECONNRESET,
// EPIPE, ETIMEDOUT), pg's own "Connection terminated" messages, Prisma's P1001 (cannot reach),
// P1017 (server closed the connection), P2024 (pool timeout) and its driver-adapter error kinds,
// looked for along the `cause` chain. The route wrapper and server actions answer such an error
// with 503 and Retry-After rather than a 500: the transaction it interrupted rolled back (or, if
// the connection died during COMMIT, committed whole), and the client's retry is safe because
// events are idempotent by id and ticket changes carry a version.
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = [
  /Connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Can't reach database server/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Server has closed the connection/i,
];

/** Seconds a client is told to wait (Retry-After) before trying again. */
export const RETRY_AFTER_SECONDS = 2;

export const UNAVAILABLE_MESSAGE = "The database is unavailable for a moment; nothing was saved. Try again shortly.";

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalCode?: unknown;
}

function looksUnavailable(error: ErrorLike): boolean {
  const code =
    typeof error.code === "string" ? error.code : typeof error.originalCode === "string" ? error.originalCode : "";
  if (SQLSTATES.has(code) || code.startsWith("08") || SOCKET_CODES.has(code) || PRISMA_CODES.has(code)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  return typeof error.message === "string" && MESSAGES.some((pattern) => pattern.test(error.message as string));
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current);) {
    seen.add(current);
    if (looksUnavailable(current as ErrorLike)) return true;
    current = (current as ErrorLike).cause;
  }
  return false;
}
