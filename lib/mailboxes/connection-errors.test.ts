import { describe, expect, it } from "vitest";
import { describeConnectionFailure } from "./connection-errors";

const imap = { protocol: "IMAP", host: "imap.example.com", port: 993 };
const smtp = { protocol: "SMTP", host: "smtp.example.com", port: 587 };
const err = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? "failed")), fields);

describe("describeConnectionFailure", () => {
  it("names DNS, also when nodemailer wraps it", () => {
    expect(describeConnectionFailure(err({ code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND x" }), imap)).toEqual({
      stage: "dns",
      message: "IMAP: the host name imap.example.com could not be found (DNS).",
    });
    const wrapped = err({ code: "EDNS", message: "getaddrinfo ENOTFOUND smtp.example.com" });
    expect(describeConnectionFailure(wrapped, smtp).stage).toBe("dns");
  });

  it("names a refused or timed-out TCP connection with host and port", () => {
    expect(describeConnectionFailure(err({ code: "ECONNREFUSED" }), imap).message).toBe(
      "IMAP imap.example.com:993: could not connect: the connection was refused (nothing listens on that port?).",
    );
    expect(describeConnectionFailure(err({ code: "ETIMEDOUT" }), smtp).stage).toBe("tcp");
    // nodemailer: code ESOCKET, the socket's code only in the message
    expect(
      describeConnectionFailure(err({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:1" }), smtp).stage,
    ).toBe("tcp");
    expect(describeConnectionFailure(err({ message: "Unexpected close" }), imap).message).toBe(
      "IMAP imap.example.com:993: the server closed the connection.",
    );
  });

  it("names a certificate the client does not trust, with the reason", () => {
    const failure = describeConnectionFailure(
      err({ code: "DEPTH_ZERO_SELF_SIGNED_CERT", message: "self-signed certificate" }),
      imap,
    );
    expect(failure).toEqual({
      stage: "tls",
      message: "IMAP imap.example.com:993: the TLS connection failed: self-signed certificate.",
    });
    const nested = err({ code: "ESOCKET", message: "boom", cause: err({ code: "ERR_TLS_CERT_ALTNAME_INVALID" }) });
    expect(describeConnectionFailure(nested, smtp).stage).toBe("tls");
  });

  it("names refused credentials (imapflow's flag, nodemailer's EAUTH) and a missing folder", () => {
    expect(describeConnectionFailure(err({ authenticationFailed: true, responseText: "no" }), imap).stage).toBe("auth");
    expect(describeConnectionFailure(err({ code: "EAUTH", response: "535 nope" }), smtp).message).toContain(
      "authentication failed",
    );
    expect(describeConnectionFailure(err({ mailboxMissing: true }), imap, "Support")).toEqual({
      stage: "folder",
      message: 'IMAP: the folder "Support" does not exist in this mailbox.',
    });
  });

  it("passes anything else on with the server's words", () => {
    expect(describeConnectionFailure(err({ responseText: "Server shutting down" }), imap)).toEqual({
      stage: "server",
      message: "IMAP imap.example.com:993: Server shutting down",
    });
  });
});
