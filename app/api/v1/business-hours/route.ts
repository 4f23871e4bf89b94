// GET /api/v1/business-hours: the account's calendar (SPEC §9). PUT replaces it (account.edit);
// bad input is a 400 with the path of the field (DESIGN.md "Public HTTP API").
import { apiRoute } from "@/lib/api/api-route";
import { readBusinessHours } from "@/lib/business-hours/queries";
import { ZBusinessHours } from "@/lib/business-hours/schemas";
import { saveBusinessHours } from "@/lib/sla/save-business-hours";

export const GET = apiRoute({ permission: "settings.view" }, async () => {
  const { timeZone, week, holidays } = await readBusinessHours();
  return { timeZone, week, holidays };
});

export const PUT = apiRoute<Record<string, never>, typeof ZBusinessHours>(
  { permission: "account.edit", body: ZBusinessHours },
  async ({ user, body }) => {
    const { timeZone, week, holidays } = await saveBusinessHours({ id: user.id, name: user.name }, body);
    return { timeZone, week, holidays };
  },
);
