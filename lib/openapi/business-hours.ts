// GET/PUT /api/v1/business-hours in the OpenAPI document (SPEC §9).
import { ZBusinessHours } from "@/lib/business-hours/schemas";
import type { ApiOperation } from "./operation";

export const BUSINESS_HOURS_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/business-hours",
    operationId: "getBusinessHours",
    tag: "Business hours",
    summary: "The account's business hours: time zone, weekly opening ranges and holidays",
    permission: "settings.view",
    response: { status: 200, description: "The account's calendar.", schema: ZBusinessHours },
  },
  {
    method: "put",
    path: "/api/v1/business-hours",
    operationId: "putBusinessHours",
    tag: "Business hours",
    summary: "Replace the account's business hours",
    description: [
      "Every day of the week is listed, with zero or more `[start, end]` ranges of local `HH:MM` times",
      "(`24:00` ends at midnight; an end at or before the start runs past midnight into the next day).",
      "Ranges may not overlap, a range past midnight included. Holidays are `YYYY-MM-DD` dates in `timeZone`;",
      "a range that starts on a holiday is closed. `timeZone` is the account's time zone, used for every time",
      "shown. SLA targets counted in business hours use this calendar. The change is recorded in History.",
    ].join("\n"),
    permission: "account.edit",
    body: ZBusinessHours,
    response: { status: 200, description: "The calendar as saved.", schema: ZBusinessHours },
    errors: {
      400: "Not a valid calendar: a time such as `24:01`, overlapping ranges, an unknown time zone, or a date that does not exist (each with its path).",
      409: "Another save of the business hours landed at the same moment: read them again and retry.",
    },
  },
];
