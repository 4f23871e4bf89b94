import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ticketDtoSelect, toTicketDto, type TicketDto } from "./ticket-dto";

export async function getTicket(id: string, now = new Date()): Promise<TicketDto> {
  const row = await db.ticket.findUnique({ where: { id }, select: ticketDtoSelect });
  if (!row) throw new AppError("NOT_FOUND", `Ticket ${id} not found.`);
  return toTicketDto(row, now);
}
