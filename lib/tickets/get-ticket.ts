import "server-only";
import { dbHandle } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readTicketDto } from "./read-ticket-dto";
import type { TicketDto } from "./ticket-dto";

export async function getTicket(id: string, now = new Date()): Promise<TicketDto> {
  const ticket = await readTicketDto(dbHandle().sql, id, now);
  if (!ticket) throw new AppError("NOT_FOUND", `Ticket ${id} not found.`);
  return ticket;
}
