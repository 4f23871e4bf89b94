import { describe, expect, it } from "vitest";
import { closeDateEffects, entersClosedState, timeToCloseEffects, type CloseDateInput } from "./close-date";
import { CLOSED, NEW, WAITING_ON_US, WONT_FIX } from "./test-fixtures";

const input = (overrides: Partial<CloseDateInput>): CloseDateInput => ({
  from: NEW,
  to: CLOSED,
  closeDate: null,
  closeDateAutomation: true,
  now: new Date("2025-06-10T12:00:00Z"),
  timeZone: "UTC",
  ...overrides,
});

describe("close-date automation ON (SPEC §3)", () => {
  it("sets the close date to today when an open ticket enters a closed status", () => {
    expect(closeDateEffects(input({}))).toEqual([
      { type: "set_close_date", date: "2025-06-10", previous: null, setBy: "automation" },
    ]);
  });

  it("computes today in the account's zone: 23:30 UTC is tomorrow in Tokyo", () => {
    const effects = closeDateEffects(input({ now: new Date("2025-06-10T23:30:00Z"), timeZone: "Asia/Tokyo" }));
    expect(effects).toMatchObject([{ type: "set_close_date", date: "2025-06-11" }]);
  });

  it("computes today in the account's zone: 03:00 UTC is yesterday in Los Angeles", () => {
    const effects = closeDateEffects(input({ now: new Date("2025-06-11T03:00:00Z"), timeZone: "America/Los_Angeles" }));
    expect(effects).toMatchObject([{ type: "set_close_date", date: "2025-06-10" }]);
  });

  it("replaces an older close date when a reopened ticket closes again", () => {
    expect(closeDateEffects(input({ closeDate: "2025-01-02" }))).toEqual([
      { type: "set_close_date", date: "2025-06-10", previous: "2025-01-02", setBy: "automation" },
    ]);
  });

  it("applies to a ticket created straight into a closed status", () => {
    expect(closeDateEffects(input({ from: null }))).toMatchObject([{ type: "set_close_date" }]);
  });
});

describe("close-date automation OFF (SPEC §3)", () => {
  it("leaves the close date as it is when entering a closed status", () => {
    expect(closeDateEffects(input({ closeDateAutomation: false, closeDate: "2025-01-02" }))).toEqual([
      { type: "keep_close_date", date: "2025-01-02", reason: "automation_off" },
    ]);
  });

  it("leaves an empty close date empty", () => {
    expect(closeDateEffects(input({ closeDateAutomation: false }))).toEqual([
      { type: "keep_close_date", date: null, reason: "automation_off" },
    ]);
  });
});

describe("closed → open keeps the close date, whatever the toggle (SPEC §3)", () => {
  for (const closeDateAutomation of [true, false]) {
    it(`keeps it with the toggle ${closeDateAutomation ? "on" : "off"}`, () => {
      const effects = closeDateEffects(
        input({ from: CLOSED, to: WAITING_ON_US, closeDate: "2025-05-01", closeDateAutomation }),
      );
      expect(effects).toEqual([{ type: "keep_close_date", date: "2025-05-01", reason: "reopened" }]);
    });
  }
});

describe("closed → closed (our decision: keep)", () => {
  it("keeps the date the ticket actually closed on", () => {
    expect(closeDateEffects(input({ from: CLOSED, to: WONT_FIX, closeDate: "2025-05-01" }))).toEqual([
      { type: "keep_close_date", date: "2025-05-01", reason: "already_closed" },
    ]);
  });
});

describe("open → open", () => {
  it("says nothing about the close date", () => {
    expect(closeDateEffects(input({ from: NEW, to: WAITING_ON_US, closeDate: "2025-05-01" }))).toEqual([]);
  });
});

describe("entersClosedState", () => {
  it("is true only for open (or no status) → closed", () => {
    expect(entersClosedState(NEW, CLOSED)).toBe(true);
    expect(entersClosedState(null, CLOSED)).toBe(true);
    expect(entersClosedState(CLOSED, WONT_FIX)).toBe(false);
    expect(entersClosedState(CLOSED, NEW)).toBe(false);
    expect(entersClosedState(NEW, WAITING_ON_US)).toBe(false);
  });
});

describe("time to close", () => {
  const createdAt = new Date("2025-06-10T10:00:00Z");
  const now = new Date("2025-06-10T12:00:00Z");

  it("is measured the first time the ticket closes", () => {
    expect(timeToCloseEffects({ createdAt, timeToCloseMs: null }, NEW, CLOSED, now)).toEqual([
      { type: "set_time_to_close", ms: 2 * 3600_000 },
    ]);
  });

  it("is not measured again after a reopen", () => {
    expect(timeToCloseEffects({ createdAt, timeToCloseMs: 5 }, NEW, CLOSED, now)).toEqual([]);
  });

  it("is not measured for moves that do not close the ticket", () => {
    expect(timeToCloseEffects({ createdAt, timeToCloseMs: null }, NEW, WAITING_ON_US, now)).toEqual([]);
    expect(timeToCloseEffects({ createdAt, timeToCloseMs: null }, CLOSED, WONT_FIX, now)).toEqual([]);
  });
});
