"use server";

import { authorizedAction } from "@/lib/actions/authorized-action";
import { ZTicketEmail } from "@/lib/conversations/schemas";
import { sendTicketEmail } from "@/lib/conversations/send-ticket-email";
import { ZTicketPropertiesChange } from "@/lib/tickets/record-schemas";
import { testAutomation, ZTestAutomation } from "@/lib/tickets/test-automation";
import { ZAddTask, ZSetTaskDone } from "@/lib/tickets/task-schemas";
import { addTask, setTaskDone } from "@/lib/tickets/ticket-tasks";
import { updateTicket } from "@/lib/tickets/update-ticket";

// The record page refreshes itself (router.refresh) after each of these: no revalidatePath.

/** Status, owner, priority: through the engine, refused on a stale version. */
export const updateTicketPropertiesAction = authorizedAction(
  "tickets.edit",
  ZTicketPropertiesChange,
  async (input, user) => {
    const ticket = await updateTicket(input.ticketId, input.change, { kind: "user", userId: user.id });
    return { version: ticket.version, statusId: ticket.statusId, closeDate: ticket.closeDate };
  },
);

/** SPEC §4 trigger A: an email to the contact from the ticket record. */
export const sendTicketEmailAction = authorizedAction("email.send", ZTicketEmail, async (input, user) => {
  const sent = await sendTicketEmail(user, input);
  return { messageId: sent.messageId, duplicate: sent.duplicate };
});

export const addTaskAction = authorizedAction("tickets.edit", ZAddTask, async (input) => {
  const task = await addTask(input);
  return { id: task.id };
});

export const setTaskDoneAction = authorizedAction("tickets.edit", ZSetTaskDone, (input) => setTaskDone(input));

/** SPEC §7 dry run: what an event would do to this ticket, with nothing written. */
export const testAutomationAction = authorizedAction("tickets.dryRun", ZTestAutomation, (input, user) =>
  testAutomation(user.id, input),
);
