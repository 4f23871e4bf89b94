// The account's business hours read inside whatever statement loads a ticket or a channel for the
// engine (no round trip of its own), so the SLA due times of a change are computed in its transaction.
import "server-only";
import { sql, type SqlFragment } from "@/lib/db/sql";
import { weekInOrder } from "@/lib/business-hours/queries";
import { defaultBusinessHours, type BusinessHours } from "@/lib/business-hours/week";

/** As stored (lib/channels/channel-snapshot.ts reads the same shape: it sits below this folder). */
export interface BusinessCalendarJson {
  week: unknown;
  holidays: unknown;
}

/** JSON: the calendar row, or null when the account never saved one (the default week applies). */
export function businessCalendarJson(): SqlFragment {
  return sql`(SELECT json_build_object('week', b.week, 'holidays', b.holidays) FROM "BusinessHours" b WHERE b.id = 'account')`;
}

export function toBusinessHours(json: BusinessCalendarJson | null, timeZone: string): BusinessHours {
  if (!json) return defaultBusinessHours(timeZone);
  return { timeZone, week: weekInOrder(json.week), holidays: json.holidays as string[] };
}
