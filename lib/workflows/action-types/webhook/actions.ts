"use server";
// A webhook's signing secret (issue 13 §3): only admins rotate it (`webhooks.manage`); the new
// secret is in this answer only.
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { rotateWebhookSecret, ZRotateWebhookSecret } from "./rotate-secret";

export const rotateWebhookSecretAction = authorizedAction(
  "webhooks.manage",
  ZRotateWebhookSecret,
  async (input, user) => {
    const result = await rotateWebhookSecret(input, user);
    revalidatePath("/settings/objects/tickets/pipelines/[pipelineId]/automate", "page");
    revalidatePath("/workflows", "layout");
    return result;
  },
);
