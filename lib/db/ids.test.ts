import { describe, expect, it } from "vitest";
import { ID_PATTERN, newId } from "./ids";

describe("newId", () => {
  it("has the cuid shape: c, the time in base 36, a counter and 48 random bits", () => {
    const before = Date.now();
    const id = newId();
    expect(id).toMatch(ID_PATTERN);
    expect(id).toHaveLength(25);
    expect(parseInt(id.slice(1, 9), 36)).toBeGreaterThanOrEqual(before);
    expect(parseInt(id.slice(1, 9), 36)).toBeLessThanOrEqual(Date.now());
  });

  it("is unique and sorts in the order the ids were made, within one millisecond too", () => {
    const ids = Array.from({ length: 5_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The random parts too, across the refills of the block they are taken from (512 a block).
    expect(new Set(ids.map((id) => id.slice(13))).size).toBe(ids.length);
  });

  it("sorts after ids Prisma's cuid() made before (the rows written before the one generator)", () => {
    const prismaCuid = "cmgx3v1ks0000l404b7ok5ye3"; // made 2025-10-19
    expect(prismaCuid).toHaveLength(25);
    expect([newId(), prismaCuid].sort()[0]).toBe(prismaCuid);
  });
});
