// The ticket as a webhook carries it: the public API's shape (GET /api/v1/tickets/:id).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { ticketDtoSelect, toTicketDto, type TicketDto } from "@/lib/tickets/ticket-dto";

export async function getTicketDto(db: PrismaClient, ticketId: string): Promise<TicketDto | null> {
  const row = await db.ticket.findUnique({ where: { id: ticketId }, select: ticketDtoSelect });
  return row ? toTicketDto(row) : null;
}
