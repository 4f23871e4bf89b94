// A time in the account's zone, machine-readable in dateTime.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function OutboxTime({ date, timeZone, seconds = false }: { date: Date; timeZone: string; seconds?: boolean }) {
  const key = `${timeZone}|${seconds}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: seconds ? "medium" : "short", timeZone });
    formatters.set(key, formatter);
  }
  return <time dateTime={date.toISOString()}>{formatter.format(date)}</time>;
}
