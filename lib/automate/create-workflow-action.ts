"use server";
// "Create workflow" on /workflows (workflows.edit; Professional plan, checked in lib).
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { createWorkflow } from "@/lib/workflows/editor/create-workflow";
import { ZCreateWorkflow } from "@/lib/workflows/editor/schemas";

export const createWorkflowAction = authorizedAction("workflows.edit", ZCreateWorkflow, async (input, user) => {
  const result = await createWorkflow(input, user);
  revalidatePath("/workflows", "page");
  return result;
});
