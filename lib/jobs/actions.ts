"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { retryJob, ZRetryJob } from "@/lib/jobs/retry-job";

/** "Retry now" on a FAILED job; refused (409) when it is not FAILED anymore. */
export const retryJobAction = authorizedAction("jobs.retry", ZRetryJob, async (input, user) => {
  const retried = await retryJob(input, user);
  revalidatePath("/settings/jobs");
  if (retried.ticketId) revalidatePath(`/tickets/${retried.ticketId}`);
  return retried;
});
