"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZChannelSettings } from "@/lib/channels/schemas";
import { updateChannel } from "@/lib/channels/update-channel";

/** SPEC §2: ticket creation on/off and where a channel's new tickets go. */
export const updateChannelAction = authorizedAction("channels.edit", ZChannelSettings, async (input, user) => {
  const saved = await updateChannel(user, input);
  revalidatePath("/settings/channels", "layout");
  // Every pipeline's Automate tab lists the channels that create tickets into it.
  revalidatePath("/settings/objects/tickets/pipelines", "layout");
  return saved;
});
