import { describe, expect, it } from "vitest";
import { boundedCache } from "./bounded-cache";

describe("boundedCache", () => {
  it("computes a key once, null included, and starts over when full", () => {
    const cached = boundedCache<string | null>(2);
    let runs = 0;
    const compute = (value: string | null) => () => {
      runs++;
      return value;
    };
    expect(cached("a", compute(null))).toBeNull();
    expect(cached("a", compute("other"))).toBeNull();
    expect(cached("b", compute("b"))).toBe("b");
    expect(runs).toBe(2);
    expect(cached("c", compute("c"))).toBe("c"); // full: a and b forgotten
    expect(cached("a", compute("again"))).toBe("again");
    expect(runs).toBe(4);
  });
});
