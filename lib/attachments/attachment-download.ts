// One attachment's bytes for a signed-in user who may see where it was filed: the ticket of its
// message's thread (tickets.view), or, for a thread with no ticket, the contact (contacts.view).
import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface AttachmentDownload {
  filename: string;
  contentType: string;
  size: number;
  content: Uint8Array<ArrayBuffer>;
}

function mayDownload(user: Actor, thread: { ticketId: string | null }): boolean {
  return can(user, thread.ticketId ? "tickets.view" : "contacts.view");
}

export async function getAttachmentDownload(id: string): Promise<AttachmentDownload> {
  const user = await requireUser();
  const attachment = await db.attachment.findUnique({
    where: { id },
    select: {
      filename: true,
      contentType: true,
      size: true,
      content: true,
      message: { select: { thread: { select: { ticketId: true } } } },
    },
  });
  if (!attachment) throw new AppError("NOT_FOUND", "No such attachment.");
  if (!mayDownload(user, attachment.message.thread)) {
    throw new AppError("FORBIDDEN", "You do not have permission to see this attachment.");
  }
  const { filename, contentType, size, content } = attachment;
  return { filename, contentType, size, content };
}
