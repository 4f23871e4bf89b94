// "3 minutes ago", "yesterday": how long ago something happened, in the reader's language.
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Infinity],
];

export function relativeTime(date: Date | string, now: Date = new Date(), locale = "en"): string {
  let amount = (new Date(date).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) {
      if (unit === "second" && Math.abs(amount) < 45) return "just now";
      return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(Math.round(amount), unit);
    }
    amount /= size;
  }
  return ""; // not reached: the last step has no size limit
}
