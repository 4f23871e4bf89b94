// The figures in the note: how many guesses an attacker gets, going as fast as allowed.
import { describe, expect, it } from "vitest";
import { THROTTLE, accountDelaySeconds, secondsUntilAllowed } from "./throttle-policy";

/** Guesses on one account in `hours`, by an attacker who retries the moment it is allowed. */
function guessesOnOneAccount(hours: number): number {
  const start = Date.UTC(2026, 0, 1);
  const failures: number[] = [];
  let now = start;
  while (now < start + hours * 3_600_000) {
    const inWindow = failures.filter((at) => at > now - THROTTLE.accountWindowMs);
    const latest = inWindow.at(-1);
    const wait = secondsUntilAllowed(
      {
        account: { failures: inWindow.length, latestAt: latest ? new Date(latest) : null },
        address: { failures: 0, oldestAt: null }, // a botnet: a new address per guess
      },
      new Date(now),
    );
    if (wait > 0) now += wait * 1000;
    else {
      failures.push(now);
      now += 100; // the request itself
    }
  }
  return failures.filter((at) => at < start + hours * 3_600_000).length;
}

describe("sign-in throttle figures", () => {
  it("per account: 17 guesses in the first hour, then 4 an hour (109 in the first day), whatever the addresses", () => {
    expect(guessesOnOneAccount(1)).toBe(17);
    expect(guessesOnOneAccount(24)).toBe(109);
    expect(accountDelaySeconds(4)).toBe(0);
    expect(accountDelaySeconds(5)).toBe(1);
    expect(accountDelaySeconds(30)).toBe(15 * 60);
  });

  it("per address: 20 failed guesses an hour across all accounts, then a wait until the oldest ages out", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const counts = (failures: number) => ({
      account: { failures: 0, latestAt: null },
      address: { failures, oldestAt: new Date("2026-01-01T11:10:00Z") },
    });
    expect(secondsUntilAllowed(counts(19), now)).toBe(0);
    expect(secondsUntilAllowed(counts(20), now)).toBe(10 * 60);
  });
});
