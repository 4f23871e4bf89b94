// Settings > Account > Business hours and GET/PUT /api/v1/business-hours (SPEC §9): the calendar
// round-trips, bad input is a 400 naming the field with nothing saved, only admins change it,
// the account's time zone follows, and every change is in History.
import { describe, expect, it } from "vitest";
import { GET, PUT } from "@/app/api/v1/business-hours/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { updateBusinessHoursAction } from "@/lib/sla/business-hours-actions";
import { readBusinessHours } from "@/lib/business-hours/queries";
import { db } from "@/lib/db";
import { callApi } from "../support/api";
import { actAs, userIdOf } from "../support/users";
import { expectFailure, expectOk } from "../support/status-actions";

const path = "/api/v1/business-hours";
const read = () => callApi(GET, { path, params: {} });
const write = (body: unknown, key?: string) => callApi(PUT, { path, params: {}, method: "PUT", body, key });

const weekdays = [["09:00", "17:00"]];
const calendar = {
  timeZone: "America/New_York",
  week: {
    mon: [
      ["08:00", "12:00"],
      ["13:00", "18:00"],
    ],
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: [["22:00", "06:00"]],
    sat: [],
    sun: [],
  },
  holidays: ["2026-12-25", "2027-01-01"],
};

describe("GET/PUT /api/v1/business-hours", () => {
  it("starts as Monday to Friday 09:00–17:00 in the account's zone", async () => {
    const result = await read();
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      timeZone: "Europe/Berlin",
      week: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: [], sun: [] },
      holidays: [],
    });
  });

  it("saves the calendar, moves the account's zone and records each field in History", async () => {
    const saved = await write(calendar);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(calendar);
    expect((await read()).body).toEqual(calendar);
    expect((await db.account.findFirstOrThrow()).timeZone).toBe("America/New_York");
    const history = await db.settingsChange.findMany({ where: { entityType: "businessHours" } });
    expect(history.map((row) => row.field).sort()).toEqual(["holidays", "timeZone", "week"]);
    expect(history.find((row) => row.field === "timeZone")).toMatchObject({
      scope: "account",
      before: "Europe/Berlin",
      after: "America/New_York",
    });
    // Saving the same calendar again records nothing new.
    await write(calendar);
    expect(await db.settingsChange.count({ where: { entityType: "businessHours" } })).toBe(3);
  });

  it("answers 400 with the path for 24:01, overlapping ranges and an unknown zone, and saves nothing", async () => {
    const before = (await read()).body;
    const late = await write({ ...calendar, week: { ...calendar.week, tue: [["09:00", "24:01"]] } });
    expect(late.status).toBe(400);
    expect(late.body.error.issues).toEqual([
      expect.objectContaining({ path: ["week", "tue", 0, 1], message: "Use a time from 00:00 to 24:00 (HH:MM)" }),
    ]);
    const overlap = await write({ ...calendar, week: { ...calendar.week, sat: [["05:00", "07:00"]] } });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.issues).toEqual([
      expect.objectContaining({ path: ["week", "sat", 0], message: "Overlaps 22:00–06:00 on Friday" }),
    ]);
    const zone = await write({ ...calendar, timeZone: "Mars/Olympus" });
    expect(zone.status).toBe(400);
    expect(zone.body.error.issues[0].path).toEqual(["timeZone"]);
    const notJson = await write({ ...calendar, holidays: "2026-12-25" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.issues[0].path).toEqual(["holidays"]);
    expect((await read()).body).toEqual(before);
  });

  it("lets agents read but not change it", async () => {
    const { key } = await createApiKey({ name: "Agent" }, await userIdOf("AGENT"));
    expect((await callApi(GET, { path, params: {}, key })).status).toBe(200);
    const refused = await write({ ...calendar, holidays: [] }, key);
    expect(refused.status).toBe(403);
    expect((await readBusinessHours()).holidays).toEqual(calendar.holidays);
  });
});

describe("updateBusinessHoursAction (the Business hours form)", () => {
  it("saves with the version the page read and refuses a stale one", async () => {
    await actAs("ACCOUNT_ADMIN");
    const { version, ...current } = await readBusinessHours();
    const saved = expectOk(
      await updateBusinessHoursAction({ ...current, holidays: ["2026-07-04"], expectedVersion: version }),
    );
    expect(saved.version).toBe(version + 1);
    expectFailure(await updateBusinessHoursAction({ ...current, expectedVersion: version }), "CONFLICT", 409);
    expect((await readBusinessHours()).holidays).toEqual(["2026-07-04"]);
  });

  it("refuses overlapping ranges with the field's path, and agents", async () => {
    await actAs("ACCOUNT_ADMIN");
    const { version, ...current } = await readBusinessHours();
    const overlap = expectFailure(
      await updateBusinessHoursAction({
        ...current,
        week: { ...current.week, wed: [...current.week.wed, ["16:30", "19:00"]] },
        expectedVersion: version,
      }),
      "BAD_REQUEST",
      400,
    );
    expect(overlap.issues.map((issue) => issue.path)).toEqual([["week", "wed", 1]]);
    await actAs("AGENT");
    expectFailure(await updateBusinessHoursAction({ ...current, expectedVersion: version }), "FORBIDDEN", 403);
  });
});
