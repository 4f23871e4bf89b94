"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZBusinessHoursSettings } from "@/lib/business-hours/schemas";
import { saveBusinessHours } from "./save-business-hours";

export const updateBusinessHoursAction = authorizedAction(
  "account.edit",
  ZBusinessHoursSettings,
  async ({ expectedVersion, ...hours }, user) => {
    const saved = await saveBusinessHours(user, hours, expectedVersion);
    // The time zone shapes every page's times.
    revalidatePath("/", "layout");
    return { version: saved.version };
  },
);
