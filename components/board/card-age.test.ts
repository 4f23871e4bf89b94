import { describe, expect, it } from "vitest";
import { cardAge } from "./card-age";

const now = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe("cardAge", () => {
  it.each([
    [10_000, "now"],
    [5 * 60_000, "5m"],
    [3 * 3_600_000, "3h"],
    [2 * 86_400_000, "2d"],
    [15 * 86_400_000, "2w"],
    [70 * 86_400_000, "2mo"],
    [800 * 86_400_000, "2y"],
  ])("%i ms ago reads %s", (ms, expected) => {
    expect(cardAge(ago(ms), now)).toBe(expected);
  });
});
