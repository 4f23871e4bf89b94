// Every time the server renders is shown in the account's time zone with one format, so the
// ticket record and the Outbox agree whatever the server's or the browser's zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, seconds: boolean, zoneName: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${seconds}|${zoneName}`;
  let found = formatters.get(key);
  if (!found) {
    found = zoneName
      ? new Intl.DateTimeFormat("en-US", {
          year: "numeric",
          month: "short",
          day: "numeric",
          hour: "numeric",
          minute: "2-digit",
          second: seconds ? "2-digit" : undefined,
          timeZoneName: "short",
          timeZone,
        })
      : new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: seconds ? "medium" : "short", timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** "Nov 25, 2026, 6:19 PM" in the given IANA zone. */
export function formatZoned(date: Date, timeZone: string, seconds = false): string {
  return formatter(timeZone, seconds, false).format(date);
}

/** The same time with its zone, for a title: "Nov 25, 2026, 6:19 PM GMT+1 (Europe/Berlin)". */
export function formatZonedTitle(date: Date, timeZone: string, seconds = false): string {
  return `${formatter(timeZone, seconds, true).format(date)} (${timeZone})`;
}
