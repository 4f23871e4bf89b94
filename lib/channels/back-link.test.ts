import { describe, expect, it } from "vitest";
import { automateTabPath, channelBackLink } from "./back-link";

describe("channelBackLink", () => {
  it("leads back to the Automate tab the channel was opened from", () => {
    expect(channelBackLink(automateTabPath("pl_123"))).toEqual({
      href: "/settings/objects/tickets/pipelines/pl_123/automate",
      label: "Automate",
    });
  });
  it("leads to the channel list without a from, or with any other address", () => {
    for (const from of [undefined, "", "https://evil.example/automate", "//evil.example", "/settings/users", ["a"]]) {
      expect(channelBackLink(from)).toEqual({ href: "/settings/channels", label: "Channels" });
    }
  });
});
