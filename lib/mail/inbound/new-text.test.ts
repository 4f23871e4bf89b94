import { describe, expect, it } from "vitest";
import { newTextOf } from "./new-text";

describe("newTextOf", () => {
  it("cuts a Gmail-style quote and its header", () => {
    const text =
      "Thanks, that fixed it.\n\nOn Tue, 1 Dec 2026 at 10:00, Support <s@x.test> wrote:\n> Please try again.";
    expect(newTextOf(text)).toBe("Thanks, that fixed it.");
  });
  it("cuts a German Outlook quote", () => {
    const text =
      "Danke, jetzt geht es.\n\n-----Ursprüngliche Nachricht-----\nVon: Support <s@x.test>\nGesendet: Dienstag, 1. Dezember 2026 10:00\nAn: kunde@x.test\nBetreff: Ihr Ticket\n\nBitte versuchen Sie es erneut.";
    expect(newTextOf(text)).toBe("Danke, jetzt geht es.");
  });
  it("cuts a signature", () => {
    expect(newTextOf("It works now.\n\nSent from my iPhone")).toBe("It works now.");
  });
  it("null when all of it is new", () => {
    expect(newTextOf("Just a question: where is my order?")).toBeNull();
    expect(newTextOf("")).toBeNull();
  });
  it("null for a forward: the forwarded message is the content", () => {
    const text = "FYI\n\nOn Tue, 1 Dec 2026 at 10:00, Bob <b@x.test> wrote:\n> the problem";
    expect(newTextOf(text, { forwarded: true })).toBeNull();
  });
  it("null when everything would be cut (a bare quote stays readable)", () => {
    expect(newTextOf("> only a quote\n> nothing else")).toBeNull();
  });
  it("reads a long text's head in bounded time", () => {
    const text = `New text.\n\nOn Mon, Bob <b@x.test> wrote:\n${"> quoted line of some length\n".repeat(9000)}`;
    expect(newTextOf(text)).toBe("New text.");
  });
});
