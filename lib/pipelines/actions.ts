"use server";
// Settings > Objects > Tickets > Pipelines: pipelines and their statuses (SPEC §1). Every action
// checks `pipelines.edit` itself; agents see the page read-only and are refused here.

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { createPipeline } from "@/lib/pipelines/create-pipeline";
import { renamePipeline } from "@/lib/pipelines/rename-pipeline";
import { deletePipeline } from "@/lib/pipelines/delete-pipeline";
import { addStatus } from "@/lib/pipelines/add-status";
import { renameStatus } from "@/lib/pipelines/rename-status";
import { setStatusState } from "@/lib/pipelines/set-status-state";
import { reorderStatuses } from "@/lib/pipelines/reorder-statuses";
import { deleteStatus } from "@/lib/pipelines/delete-status";
import {
  ZAddStatus,
  ZCreatePipeline,
  ZDeletePipeline,
  ZDeleteStatus,
  ZRenamePipeline,
  ZRenameStatus,
  ZReorderStatuses,
  ZSetStatusState,
} from "@/lib/pipelines/schemas";

const refreshed = <T>(result: T): T => {
  revalidatePath("/settings/objects/tickets/pipelines", "layout");
  return result;
};

export const createPipelineAction = authorizedAction("pipelines.edit", ZCreatePipeline, async (input, user) =>
  refreshed(await createPipeline(user, input)),
);
export const renamePipelineAction = authorizedAction("pipelines.edit", ZRenamePipeline, async (input, user) =>
  refreshed(await renamePipeline(user, input)),
);
export const deletePipelineAction = authorizedAction("pipelines.edit", ZDeletePipeline, async (input, user) =>
  refreshed(await deletePipeline(user, input)),
);
export const addStatusAction = authorizedAction("pipelines.edit", ZAddStatus, async (input, user) =>
  refreshed(await addStatus(user, input)),
);
export const renameStatusAction = authorizedAction("pipelines.edit", ZRenameStatus, async (input, user) =>
  refreshed(await renameStatus(user, input)),
);
export const setStatusStateAction = authorizedAction("pipelines.edit", ZSetStatusState, async (input, user) =>
  refreshed(await setStatusState(user, input)),
);
export const reorderStatusesAction = authorizedAction("pipelines.edit", ZReorderStatuses, async (input, user) =>
  refreshed(await reorderStatuses(user, input)),
);
export const deleteStatusAction = authorizedAction("pipelines.edit", ZDeleteStatus, async (input, user) =>
  refreshed(await deleteStatus(user, input)),
);
