// Settings > Account (SPEC §6): the plan tier (and name, time zone) as an account setting.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateAccountAction } from "@/lib/sla/account-actions";
import { currentPlanTier } from "@/lib/account/current-plan";
import type { TAccountSettings } from "@/lib/account/schemas";
import { actAs } from "../support/users";
import { forbidden } from "../support/automate";
import { expectFailure, expectOk } from "../support/status-actions";

async function account(): Promise<TAccountSettings> {
  const a = await db.account.findFirstOrThrow();
  return { expectedVersion: a.version, name: a.name, timeZone: a.timeZone, planTier: a.planTier };
}

describe("account settings", () => {
  it("defaults to Enterprise and switches tiers, recorded in History", async () => {
    await actAs("SUPER_ADMIN");
    expect(await currentPlanTier()).toBe("ENTERPRISE");
    const current = await account();
    expectOk(await updateAccountAction({ ...current, planTier: "STARTER", timeZone: "America/New_York" }));
    expect(await currentPlanTier()).toBe("STARTER");
    const changes = await db.settingsChange.findMany({ where: { scope: "account" }, orderBy: { field: "asc" } });
    expect(changes).toEqual([
      expect.objectContaining({ field: "planTier", before: "ENTERPRISE", after: "STARTER", actorName: "Sam Super" }),
      expect.objectContaining({ field: "timeZone", before: "Europe/Berlin", after: "America/New_York" }),
    ]);
    expectOk(await updateAccountAction({ ...(await account()), planTier: "ENTERPRISE" }));
  });

  it("refuses an unknown time zone, an empty name and an unknown tier with the field paths", async () => {
    await actAs("ACCOUNT_ADMIN");
    const current = await account();
    const error = expectFailure(
      await updateAccountAction({
        ...current,
        name: " ",
        timeZone: "Mars/Olympus",
        planTier: "GOLD" as TAccountSettings["planTier"],
      }),
      "BAD_REQUEST",
      400,
    );
    expect(error.issues.map((i) => i.path)).toEqual([["name"], ["timeZone"], ["planTier"]]);
    expect(await account()).toEqual(current);
  });

  it("refuses a stale version with CONFLICT", async () => {
    await actAs("ACCOUNT_ADMIN");
    const current = await account();
    expectOk(await updateAccountAction({ ...current, name: "Acme Help" }));
    expectFailure(await updateAccountAction({ ...current, name: "Acme Care" }), "CONFLICT", 409);
    expect((await account()).name).toBe("Acme Help");
  });

  it("refuses an agent with 403 and changes nothing", async () => {
    await actAs("AGENT");
    const current = await account();
    expect(await updateAccountAction({ ...current, planTier: "FREE" })).toEqual(forbidden);
    expect(await account()).toEqual(current);
  });
});
