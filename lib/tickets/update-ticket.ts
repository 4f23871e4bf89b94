// PATCH /api/v1/tickets/:id: owner, priority and status through the engine, as one change
// (property changes first, so status actions see the new owner and priority in their filters).
import "server-only";
import type { Cause, Happening } from "@/lib/automation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { changeTicket } from "./change-ticket";
import { getTicket } from "./get-ticket";
import type { TUpdateTicket } from "./schemas";
import type { TicketDto } from "./ticket-dto";

async function assertActiveUser(ownerId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: ownerId }, select: { active: true } });
  if (!user?.active) {
    const message = `User ${ownerId} not found or deactivated.`;
    throw new AppError("BAD_REQUEST", message, [{ path: ["ownerId"], message }]);
  }
}

export function updateHappenings(input: TUpdateTicket, cause: Cause): Happening[] {
  const expectedVersion = input.version;
  const happenings: Happening[] = [];
  if (input.ownerId !== undefined) {
    happenings.push({
      kind: "property_change",
      change: { property: "ownerId", value: input.ownerId },
      expectedVersion,
      cause,
    });
  }
  if (input.priority !== undefined) {
    happenings.push({
      kind: "property_change",
      change: { property: "priority", value: input.priority },
      expectedVersion,
      cause,
    });
  }
  if (input.statusId !== undefined) {
    happenings.push({ kind: "status_change", toStatusId: input.statusId, expectedVersion, cause });
  }
  return happenings;
}

export async function updateTicket(ticketId: string, input: TUpdateTicket, cause: Cause): Promise<TicketDto> {
  if (input.ownerId) await assertActiveUser(input.ownerId);
  await changeTicket(ticketId, updateHappenings(input, cause));
  return getTicket(ticketId);
}
