import { describe, expect, it } from "vitest";
import { messageTextView } from "./quoted-text";

describe("messageTextView", () => {
  it("shows the whole text when all of it is new (newText null) or the parser kept it all", () => {
    expect(messageTextView("Hello\n", null)).toEqual({ kind: "whole", text: "Hello" });
    expect(messageTextView("Hello", "Hello")).toEqual({ kind: "whole", text: "Hello" });
    expect(messageTextView("Hello", "")).toEqual({ kind: "whole", text: "Hello" });
  });

  it("splits a reply into its new text and the quoted history and signature that follow it", () => {
    const text = "Thanks, that worked.\r\n\r\nOn Mon, 1 Dec 2026, Support wrote:\r\n> Try again.\r\n";
    expect(messageTextView(text, "Thanks, that worked.")).toEqual({
      kind: "reply",
      newText: "Thanks, that worked.",
      quoted: "On Mon, 1 Dec 2026, Support wrote:\n> Try again.",
      quotedIsWhole: false,
    });
  });

  it("offers the whole message behind the toggle when the new text is not its head (inline answers)", () => {
    const text = "> Which version?\n2.1\n> Which browser?\nFirefox";
    expect(messageTextView(text, "2.1\nFirefox")).toEqual({
      kind: "reply",
      newText: "2.1\nFirefox",
      quoted: text,
      quotedIsWhole: true,
    });
  });
});
