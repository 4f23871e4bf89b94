import { describe, expect, it } from "vitest";
import { isListMail } from "./list-mail";
import { email } from "./test-email";

describe("list mail", () => {
  it.each([
    ["List-Id", "<announce.lists.example>"],
    ["Precedence", "list"],
    ["Precedence", "bulk"],
  ])("%s: %s", (name, value) => expect(isListMail(email({ [name]: value }))).toBe(true));
  it("not a person's message, nor one with List-Unsubscribe only", () => {
    expect(isListMail(email())).toBe(false);
    expect(isListMail(email({ "List-Unsubscribe": "<mailto:u@x>" }))).toBe(false);
  });
});
