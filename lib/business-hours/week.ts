// The account's opening hours (SPEC §9): the days of the week, their ranges and what a range means.
// Free of server imports: the Business hours form, the API schema and the arithmetic share it.

export const WEEK_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const WEEK_DAY_LABEL: Record<WeekDay, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

/** ["09:00", "17:00"]: local wall-clock times. An end at or before the start runs past midnight into the next day. */
export type OpeningRange = [start: string, end: string];

export interface BusinessHours {
  /** IANA zone the ranges and holidays are read in (the account's time zone). */
  timeZone: string;
  week: Record<WeekDay, OpeningRange[]>;
  /** "2026-12-25": calendar dates in timeZone. A range that starts on a holiday is closed. */
  holidays: string[];
}

export const MINUTES_PER_DAY = 24 * 60;

/** "09:30" → 570; "24:00" → 1440. */
export function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** A range as minutes from its day's midnight: [start, end), end > start, at most one day later. */
export function rangeMinutes([start, end]: OpeningRange): { start: number; end: number } {
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  return { start: from, end: to > from ? to : to + MINUTES_PER_DAY };
}

/** Monday to Friday 09:00–17:00, in the given zone, no holidays: what an account starts with. */
export function defaultBusinessHours(timeZone: string): BusinessHours {
  const workday: OpeningRange[] = [["09:00", "17:00"]];
  return {
    timeZone,
    week: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] },
    holidays: [],
  };
}
