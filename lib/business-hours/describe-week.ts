// The opening hours in words (History, the SLA section's hint): "Mon–Fri 09:00–17:00; Sat, Sun closed".
import { WEEK_DAYS, type OpeningRange, type WeekDay } from "./week";

const SHORT: Record<WeekDay, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

export function isWeek(value: unknown): value is Record<WeekDay, OpeningRange[]> {
  if (typeof value !== "object" || value === null) return false;
  const week = value as Record<string, unknown>;
  return WEEK_DAYS.every((day) => Array.isArray(week[day]));
}

/** Days with the same hours next to each other are one group: "Mon–Thu 09:00–17:00; Fri 09:00–15:00; Sat, Sun closed". */
export function describeWeek(week: Record<WeekDay, OpeningRange[]>): string {
  const hoursOf = (day: WeekDay) =>
    week[day].length === 0 ? "closed" : week[day].map(([start, end]) => `${start}–${end}`).join(", ");
  const groups: { days: WeekDay[]; hours: string }[] = [];
  for (const day of WEEK_DAYS) {
    const hours = hoursOf(day);
    const last = groups.at(-1);
    if (last && last.hours === hours) last.days.push(day);
    else groups.push({ days: [day], hours });
  }
  return groups.map((group) => `${dayNames(group.days)} ${group.hours}`).join("; ");
}

function dayNames(days: WeekDay[]): string {
  const first = SHORT[days[0] ?? "mon"];
  const last = SHORT[days.at(-1) ?? "mon"];
  if (days.length === 1) return first;
  return days.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
}
