// SPEC §1 "asks where to move them": when an admin deletes a status (or a whole pipeline), its
// tickets move to a status they choose, of this or another pipeline. This is an admin's bulk
// correction, not a status change by a user or automation: no status actions fire, the close
// date stays as it is, the loop guard does not count it. Each moved ticket gets one timeline
// entry saying where it went and why, credited to the admin.
import type { TimelineEntryDraft } from "./effects";

/** What was deleted, by whom, and where its tickets go. */
export interface StatusesRemoved {
  kind: "statuses_removed";
  /** The statuses going away; a ticket in any other status is not moved. */
  from: readonly { id: string; label: string }[];
  to: { pipelineId: string; statusId: string; label: string };
  removed: { what: "status" | "pipeline"; name: string };
  by: { userId: string; name: string };
}

/** A ticket as the bulk move sees it. */
export interface RemovedStatusTicket {
  id: string;
  pipelineId: string;
  statusId: string;
}

/** One ticket's move: its new place and the entry explaining it. */
export interface TicketRelocation {
  ticketId: string;
  pipelineId: string;
  statusId: string;
  timeline: TimelineEntryDraft;
}

/** Where each ticket of a removed status goes, with its timeline entry. */
export function relocateFromRemovedStatuses(
  tickets: readonly RemovedStatusTicket[],
  happening: StatusesRemoved,
): TicketRelocation[] {
  const { to, removed, by } = happening;
  const labels = new Map(happening.from.map((s) => [s.id, s.label]));
  const because = `${removed.what} "${removed.name}" was deleted by ${by.name}`;
  return tickets.flatMap((ticket) => {
    const fromLabel = labels.get(ticket.statusId);
    if (fromLabel === undefined) return [];
    return [
      {
        ticketId: ticket.id,
        pipelineId: to.pipelineId,
        statusId: to.statusId,
        timeline: {
          kind: "status_changed",
          summary: `Moved from "${fromLabel}" to "${to.label}" because ${because}`,
          ruleName: null,
          eventId: null,
          actorUserId: by.userId,
          depth: 0,
          detail: {
            fromStatusId: ticket.statusId,
            toStatusId: to.statusId,
            fromPipelineId: ticket.pipelineId,
            toPipelineId: to.pipelineId,
          },
        },
      },
    ];
  });
}
