// A board drag: the engine moves the ticket (close date, status actions, timeline), refusing a
// card whose version is stale. A refusal says where the ticket is now, so the agent who lost a
// race sees the current state, not just "conflict".
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TMoveTicket } from "./board-schemas";
import { changeTicket } from "./change-ticket";
import { personCause } from "./person-cause";

export interface MovedTicket {
  id: string;
  statusId: string;
  version: number;
  closeDate: string | null;
}

async function currentStateMessage(ticketId: string, refusal: string): Promise<string> {
  const now = await db.ticket.findUnique({
    where: { id: ticketId },
    select: { status: { select: { label: true } } },
  });
  if (!now) return refusal;
  return `Not moved: someone else changed this ticket first. It is now in "${now.status.label}".`;
}

export async function moveTicket(user: Actor, input: TMoveTicket): Promise<MovedTicket> {
  try {
    const { ticket } = await changeTicket(input.ticketId, {
      kind: "status_change",
      toStatusId: input.toStatusId,
      expectedVersion: input.version,
      cause: personCause("user", user),
    });
    return { id: ticket.id, statusId: ticket.statusId, version: ticket.version, closeDate: ticket.closeDate };
  } catch (error) {
    if (error instanceof AppError && error.issues.some((i) => i.code === "VERSION_CONFLICT")) {
      throw new AppError("CONFLICT", await currentStateMessage(input.ticketId, error.message), error.issues);
    }
    throw error;
  }
}
