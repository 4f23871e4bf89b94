// "Create a task" (SPEC §5): a Task row on the ticket (the record lists it), for the ticket's
// owner or a chosen user, due some minutes after the step runs. Written in the step's
// transaction, so a re-run step cannot create it twice.
import "server-only";
import { newId } from "@/lib/db/ids";
import { oneRow, sql, utc } from "@/lib/db/sql";
import { renderSubject, renderText } from "@/lib/templates/render";
import { formatZonedTitle } from "@/lib/utils/zoned-time";
import type { ActionHandler } from "@/lib/workflows/run/step-context";
import { stepTemplateView } from "@/lib/workflows/run/step-view";

export const createTask: ActionHandler<"create_task"> = async (action, step) => {
  const view = stepTemplateView(step);
  const title = renderSubject(action.title, view).text || action.title;
  const notes = renderText(action.notes, view).text;
  const wantedAssignee = action.assignTo === "owner" ? step.state.ticket.ownerId : action.assignTo.userId;
  const dueAt = action.dueInMinutes === undefined ? null : new Date(step.now.getTime() + action.dueInMinutes * 60_000);
  return {
    commit: async (tx) => {
      // An assignee who no longer exists (or is deactivated) leaves the task unassigned.
      const task = await oneRow<{ id: string; assignee: string | null }>(
        tx,
        sql`
        INSERT INTO "Task" (id, "ticketId", title, notes, "assigneeId", "dueAt", "createdAt")
        VALUES (${newId()}, ${step.state.ticket.id}, ${title}, ${notes},
          (SELECT id FROM "User" WHERE id = ${wantedAssignee} AND active), ${dueAt ? utc(dueAt) : null}, ${utc(step.now)})
        RETURNING id, (SELECT name FROM "User" WHERE id = "assigneeId") AS assignee`,
      );
      const forWhom = task?.assignee ? ` for ${task.assignee}` : " (unassigned)";
      return {
        result: "done",
        // A readable time in the workflow's (else the account's) zone, named: "Dec 4, 2026, 9:52 AM GMT+1 (Europe/Berlin)".
        summary: `Task "${title}" created${forWhom}${dueAt ? `, due ${formatZonedTitle(dueAt, step.timeZone)}` : ""}.`,
        detail: {
          taskId: task?.id ?? null,
          title,
          assigneeName: task?.assignee ?? null,
          dueAt: dueAt?.toISOString() ?? null,
        },
      };
    },
  };
};
