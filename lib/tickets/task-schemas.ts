// Inputs for tasks on a ticket. Free of server imports.
import { z } from "zod";

const ZId = z.string().min(1).max(200);

export const ZAddTask = z.object({
  ticketId: ZId,
  title: z.string().trim().min(1, "Name the task.").max(200, "Keep the task under 200 characters."),
  assigneeId: ZId.nullable().default(null),
  /** A calendar day, YYYY-MM-DD. */
  dueOn: z.iso.date("Choose a date.").nullable().default(null),
});
export type TAddTask = z.infer<typeof ZAddTask>;
export type TAddTaskInput = z.input<typeof ZAddTask>;

export const ZSetTaskDone = z.object({ ticketId: ZId, taskId: ZId, done: z.boolean() });
export type TSetTaskDone = z.infer<typeof ZSetTaskDone>;
