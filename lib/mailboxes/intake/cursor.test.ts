import { describe, expect, it } from "vitest";
import { startSync, uidRangeAfter, uidsToFile, type StoredCursor } from "./cursor";

const now = new Date("2026-12-03T14:00:00Z");
const fresh: StoredCursor = { uidValidity: null, filedUid: 0n, settledUid: 0n, startUid: 0n, intakeSince: null };

describe("startSync", () => {
  it("begins after the mail already there (old mail is imported only when asked)", () => {
    expect(startSync(fresh, { uidValidity: 7n, uidNext: 10_001n }, now)).toEqual({
      kind: "begin",
      cursor: { uidValidity: 7n, filedUid: 10_000n, settledUid: 10_000n, startUid: 10_000n, intakeSince: now },
    });
    expect(startSync(fresh, { uidValidity: 7n, uidNext: 1n }, now).cursor.filedUid).toBe(0n);
  });

  it("continues from the stored cursor while UIDVALIDITY holds", () => {
    const stored = { uidValidity: 7n, filedUid: 42n, settledUid: 40n, startUid: 30n, intakeSince: now };
    expect(startSync(stored, { uidValidity: 7n, uidNext: 50n }, now)).toEqual({ kind: "continue", cursor: stored });
  });

  it("re-reads from when intake began after a UIDVALIDITY change", () => {
    const began = new Date("2026-12-01T09:00:00Z");
    const stored = { uidValidity: 7n, filedUid: 42n, settledUid: 42n, startUid: 30n, intakeSince: began };
    expect(startSync(stored, { uidValidity: 8n, uidNext: 5n }, now)).toEqual({
      kind: "resync",
      since: began,
      cursor: { uidValidity: 8n, filedUid: 0n, settledUid: 0n, startUid: 4n, intakeSince: began },
    });
  });
});

describe("UID ranges", () => {
  it("writes the range after the cursor, open or bounded, and nothing for an empty one", () => {
    expect(uidRangeAfter(42n, null)).toBe("43:*");
    expect(uidRangeAfter(0n, 100n)).toBe("1:100");
    expect(uidRangeAfter(100n, 100n)).toBeNull();
  });

  it("files only UIDs above the cursor (and up to a bound), ascending, once each", () => {
    expect(uidsToFile([45n, 42n, 43n, 45n], 42n)).toEqual([43n, 45n]);
    expect(uidsToFile([42n], 42n)).toEqual([]); // "43:*" answered with the last message, 42
    expect(uidsToFile([1n, 5n, 9n], 0n, 5n)).toEqual([1n, 5n]);
  });
});
