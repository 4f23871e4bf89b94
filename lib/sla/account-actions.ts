"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZAccountSettings } from "@/lib/account/schemas";
import { saveAccount } from "./save-account";

export const updateAccountAction = authorizedAction("account.edit", ZAccountSettings, async (input, user) => {
  const saved = await saveAccount(user, input);
  // The plan tier and time zone shape every page (locked sections, dates).
  revalidatePath("/", "layout");
  return saved;
});
