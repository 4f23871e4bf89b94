"use server";
// The tasks on a ticket record (the page refreshes itself afterwards: no revalidatePath).

import { authorizedAction } from "@/lib/auth/authorized-action";
import { ZAddTask, ZSetTaskDone } from "@/lib/tickets/task-schemas";
import { addTask, setTaskDone } from "@/lib/tickets/ticket-tasks";

export const addTaskAction = authorizedAction("tickets.edit", ZAddTask, async (input) => {
  const task = await addTask(input);
  return { id: task.id };
});

export const setTaskDoneAction = authorizedAction("tickets.edit", ZSetTaskDone, (input) => setTaskDone(input));
