import { formatZoned, formatZonedTitle } from "@/lib/utils/zoned-time";

/** A time in the account's zone (lib/utils/zoned-time.ts), the zone named in its title. */
export function ZonedTime({
  date,
  timeZone,
  seconds = false,
  className,
}: {
  date: Date;
  timeZone: string;
  seconds?: boolean;
  className?: string;
}) {
  return (
    <time dateTime={date.toISOString()} title={formatZonedTitle(date, timeZone, seconds)} className={className}>
      {formatZoned(date, timeZone, seconds)}
    </time>
  );
}
