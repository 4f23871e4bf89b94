"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { disconnectMailbox } from "./disconnect-mailbox";
import { requestImport } from "./request-import";
import { saveMailbox } from "./save-mailbox";
import { ZMailboxRef, ZMailboxSettings } from "./schemas";
import { testMailboxSettings } from "./test-mailbox-settings";

const revalidate = () => revalidatePath("/settings/channels", "layout");

/** Issue 18 item 1: connect a mailbox to a team email channel, or change its settings (admins). */
export const saveMailboxAction = authorizedAction("channels.edit", ZMailboxSettings, async (input, user) => {
  const saved = await saveMailbox(user, input);
  revalidate();
  return saved;
});

/** "Test connection": IMAP and SMTP with the form's settings (empty passwords: the stored ones). */
export const testMailboxConnectionAction = authorizedAction("channels.edit", ZMailboxSettings, (input) =>
  testMailboxSettings(input),
);

export const disconnectMailboxAction = authorizedAction("channels.edit", ZMailboxRef, async (input, user) => {
  await disconnectMailbox(user, input.channelId);
  revalidate();
  return { disconnected: true };
});

/** "Import existing mail": the folder's older messages, in the background, with progress. */
export const importExistingMailAction = authorizedAction("channels.edit", ZMailboxRef, async (input, user) => {
  await requestImport(user, input.channelId);
  revalidate();
  return { requested: true };
});
