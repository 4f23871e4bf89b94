// The ticket as a webhook carries it: the public API's shape (GET /api/v1/tickets/:id).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { readTicketDto } from "@/lib/tickets/read-ticket-dto";
import type { TicketDto } from "@/lib/tickets/ticket-dto";

export function getTicketDto(db: PrismaClient, ticketId: string): Promise<TicketDto | null> {
  return readTicketDto(db, ticketId);
}
