// "Create a task" on the ticket for its owner or a chosen user (SPEC §5). Professional.
import { defineActionType } from "../define";
import type { TCreateTask } from "./schema";

export const createTask = defineActionType<TCreateTask>({
  type: "create_task",
  dbType: "CREATE_TASK",
  label: "Create task",
  feature: "workflowActions",
  describe: (a) => `Create task: ${a.title}`,
  refs: (a) => (a.assignTo === "owner" ? [] : [{ kind: "user", id: a.assignTo.userId, path: ["assignTo", "userId"] }]),
});
