import "server-only";
import { db } from "@/lib/db";

/** The people a ticket (or a channel's new tickets) can be assigned to. */
export function listActiveUsers() {
  return db.user.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}
export type UserOption = Awaited<ReturnType<typeof listActiveUsers>>[number];
