// What went wrong reaching a mailbox, in words an admin can act on (issue 18: "says exactly what
// failed: DNS, TCP, TLS certificate, authentication, folder missing"). Works on the errors of
// imapflow (authenticationFailed, mailboxMissing), nodemailer (EAUTH, ESOCKET with a cause) and
// Node's sockets (ENOTFOUND, ECONNREFUSED, certificate codes).

export type FailureStage = "dns" | "tcp" | "tls" | "auth" | "folder" | "server";

export interface ConnectionFailure {
  stage: FailureStage;
  message: string;
}

export interface Endpoint {
  /** "IMAP" or "SMTP". */
  protocol: string;
  host: string;
  port: number;
}

interface ErrorFields {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  mailboxMissing?: boolean;
  responseText?: string;
  response?: string;
  cause?: unknown;
}

const DNS_CODES = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "EDNS"]);
const TCP_CODES: Record<string, string> = {
  ECONNREFUSED: "the connection was refused (nothing listens on that port?)",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  ECONNRESET: "the server closed the connection",
  EPIPE: "the server closed the connection",
};
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|ALTNAME|ERR_SSL|ERR_TLS|HOSTNAME_MISMATCH/;

/** The error and its causes, outermost first (nodemailer and imapflow wrap socket errors). */
function chain(error: unknown): ErrorFields[] {
  const out: ErrorFields[] = [];
  for (let e = error; e && typeof e === "object" && out.length < 5; e = (e as ErrorFields).cause) out.push(e);
  return out;
}

const codeIn = (errors: ErrorFields[], test: (code: string) => boolean) =>
  errors.find((e) => typeof e.code === "string" && test(e.code));

export function describeConnectionFailure(error: unknown, at: Endpoint, folder?: string): ConnectionFailure {
  const errors = chain(error);
  const where = `${at.protocol} ${at.host}:${at.port}`;
  const text = errors.map((e) => e.message ?? "").join(" ");
  const dns = codeIn(errors, (c) => DNS_CODES.has(c)) ?? (/getaddrinfo/.test(text) ? errors[0] : undefined);
  if (dns) return { stage: "dns", message: `${at.protocol}: the host name ${at.host} could not be found (DNS).` };
  const tls = codeIn(errors, (c) => TLS_CODE.test(c));
  if (tls || /certificate|wrong version number|TLS|SSL/i.test(text)) {
    const reason = (tls?.message ?? errors[0]?.message ?? "").replace(/\.$/, "");
    return { stage: "tls", message: `${where}: the TLS connection failed: ${reason || "handshake refused"}.` };
  }
  const named = Object.keys(TCP_CODES).find((code) => text.includes(code));
  const tcp =
    codeIn(errors, (c) => c in TCP_CODES) ??
    (named ? { code: named } : undefined) ??
    codeIn(errors, (c) => c === "ECONNECTION");
  if (!tcp && /Unexpected close|Connection not available|Socket closed|Connection closed/i.test(text)) {
    return { stage: "tcp", message: `${where}: the server closed the connection.` };
  }
  if (tcp) {
    const reason = TCP_CODES[tcp.code!] ?? (tcp.message || "the connection failed");
    return { stage: "tcp", message: `${where}: could not connect: ${reason}.` };
  }
  if (errors.some((e) => e.authenticationFailed || e.code === "EAUTH")) {
    return {
      stage: "auth",
      message: `${where}: the server refused the user name or password (authentication failed).`,
    };
  }
  if (errors.some((e) => e.mailboxMissing)) {
    return {
      stage: "folder",
      message: `${at.protocol}: the folder "${folder ?? "?"}" does not exist in this mailbox.`,
    };
  }
  const said = errors[0]?.responseText ?? errors[0]?.response ?? errors[0]?.message ?? String(error);
  return { stage: "server", message: `${where}: ${said}` };
}
