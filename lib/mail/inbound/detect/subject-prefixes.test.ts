import { describe, expect, it } from "vitest";
import { leadingPrefix } from "./subject-prefixes";

describe("leading subject prefix", () => {
  it.each([
    ["Re: x", "reply"],
    ["AW: x", "reply"],
    ["Antw: x", "reply"],
    ["RES: x", "reply"],
    ["Odp: x", "reply"],
    ["R: x", "reply"],
    ["Re[2]: x", "reply"],
    ["返信: x", "reply"],
    ["Fwd: x", "forward"],
    ["WG: x", "forward"],
    ["VS: x", "forward"],
    ["x", null],
    ["Remote: x", null],
    ["Information: x", null],
  ])("%s → %s", (subject, meaning) => expect(leadingPrefix(subject)).toBe(meaning));
});
