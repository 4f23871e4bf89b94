import { describe, expect, it } from "vitest";
import { classifyInbound, isAutoReply, isForwarded } from "./classify";
import type { InboundEmail } from "./parse";
import { messageIdsIn } from "./parse";

function email(headers: Record<string, string> = {}, extra: Partial<InboundEmail> = {}): InboundEmail {
  return {
    messageId: "<m@x>",
    inReplyTo: null,
    references: [],
    from: { email: "c@x.example", name: null },
    subject: "Hello",
    text: "Body",
    headers: new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), [v]])),
    ...extra,
  };
}

describe("forwarded", () => {
  it.each(["Fwd: Hello", "FW: Hello", " fw : Hello"])("by subject %s", (subject) => {
    expect(isForwarded(email({}, { subject }))).toBe(true);
  });
  it.each(["X-Forwarded-For", "X-Forwarded-To", "Resent-From", "Resent-Message-ID"])("by header %s", (name) => {
    expect(isForwarded(email({ [name]: "a@b.example" }))).toBe(true);
  });
  it.each(["---------- Forwarded message ----------\nFrom: a", "See below.\n\nBegin forwarded message:\n\nFrom: a"])(
    "by body",
    (text) => {
      expect(isForwarded(email({}, { text }))).toBe(true);
    },
  );
  it("not an ordinary reply", () => {
    expect(isForwarded(email({}, { subject: "Re: Forwarding rules", text: "How do I forward messages?" }))).toBe(false);
  });
});

describe("auto-replies", () => {
  it.each([
    ["Auto-Submitted", "auto-replied"],
    ["Auto-Submitted", "auto-generated; owner-email=a@b"],
    ["X-Autoreply", "yes"],
    ["X-Autorespond", "yes"],
    ["Precedence", "auto_reply"],
    ["Precedence", "bulk"],
    ["Precedence", "junk"],
    ["Content-Type", 'multipart/report; report-type=delivery-status; boundary="b"'],
  ])("%s: %s", (name, value) => {
    expect(isAutoReply(email({ [name]: value }), "c@x.example")).toBe(true);
  });
  it("the null sender <>", () => expect(isAutoReply(email(), "")).toBe(true));
  it.each([
    ["Auto-Submitted", "no"],
    ["Precedence", "list"],
    ["Content-Type", "multipart/mixed; boundary=b"],
  ])("not %s: %s", (name, value) => {
    expect(isAutoReply(email({ [name]: value }), "c@x.example")).toBe(false);
  });
  it("both at once", () => {
    expect(classifyInbound(email({ "Auto-Submitted": "auto-replied" }, { subject: "Fwd: x" }), "c@x.example")).toEqual({
      forwarded: true,
      autoReply: true,
    });
  });
});

describe("message ids in headers", () => {
  it("reads every bracketed id, or bare ids", () => {
    expect(messageIdsIn("<a@x> <b@y>")).toEqual(["<a@x>", "<b@y>"]);
    expect(messageIdsIn(["<a@x>", "<b@y>"])).toEqual(["<a@x>", "<b@y>"]);
    expect(messageIdsIn("a@x")).toEqual(["<a@x>"]);
    expect(messageIdsIn(undefined)).toEqual([]);
  });
});
