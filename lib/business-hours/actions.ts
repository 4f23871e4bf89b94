"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZBusinessHoursSettings } from "./schemas";
import { updateBusinessHours } from "./update-business-hours";

export const updateBusinessHoursAction = authorizedAction(
  "account.edit",
  ZBusinessHoursSettings,
  async ({ expectedVersion, ...hours }, user) => {
    const saved = await updateBusinessHours(user, hours, expectedVersion);
    // The time zone shapes every page's times.
    revalidatePath("/", "layout");
    return { version: saved.version };
  },
);
