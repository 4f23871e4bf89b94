import { describe, expect, it } from "vitest";
import { defaultReplyThread, replySubject } from "./default-thread";

const threads = [{ id: "latest" }, { id: "origin" }, { id: "oldest" }];

describe("defaultReplyThread", () => {
  it("replies on the ticket's origin thread when it has one", () => {
    expect(defaultReplyThread(threads, "origin")).toBe("origin");
  });

  it("else on its latest thread (the first listed)", () => {
    expect(defaultReplyThread(threads, null)).toBe("latest");
    expect(defaultReplyThread(threads, "not-listed")).toBe("latest");
  });

  it("starts a new conversation when the ticket has no thread", () => {
    expect(defaultReplyThread([], null)).toBeNull();
    expect(defaultReplyThread([], "origin")).toBeNull();
  });
});

describe("replySubject", () => {
  it("prefixes Re:", () => {
    expect(replySubject({ subject: "Refund" })).toBe("Re: Refund");
    expect(replySubject({ subject: "" })).toBe("Re:");
  });
});
