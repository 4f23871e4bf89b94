// Tasks on a ticket: listed on the record, added by hand (workflow "create task" actions add
// them too), ticked off when done.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAddTask, TSetTaskDone } from "./task-schemas";
import { newId } from "@/lib/db/ids";

const taskSelect = {
  id: true,
  title: true,
  notes: true,
  dueAt: true,
  doneAt: true,
  createdAt: true,
  assignee: { select: { id: true, name: true } },
} as const;

export function listTicketTasks(ticketId: string) {
  return db.task.findMany({
    where: { ticketId },
    orderBy: [{ doneAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: taskSelect,
  });
}
export type TaskView = Awaited<ReturnType<typeof listTicketTasks>>[number];

export async function addTask(input: TAddTask) {
  const ticket = await db.ticket.findUnique({ where: { id: input.ticketId }, select: { id: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "This ticket no longer exists.");
  return db.task.create({
    data: {
      id: newId(),
      ticketId: input.ticketId,
      title: input.title,
      assigneeId: input.assigneeId,
      dueAt: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null,
    },
    select: taskSelect,
  });
}

export async function setTaskDone(input: TSetTaskDone) {
  const updated = await db.task.updateMany({
    where: { id: input.taskId, ticketId: input.ticketId },
    data: { doneAt: input.done ? new Date() : null },
  });
  if (updated.count !== 1) throw new AppError("NOT_FOUND", "This task no longer exists.");
}
