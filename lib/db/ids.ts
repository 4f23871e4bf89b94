// The one id generator for rows the app writes itself (raw SQL: tickets, timeline, jobs, outbox…).
// Like Prisma's cuid(), which fills the ids of rows created through Prisma, they start with the
// creation time, so rows written in one transaction sort in the order they were made (timeline
// tie-breaks).
import crypto from "node:crypto";

let counter = 0;

export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(8, "0");
  const sequence = counter.toString(36).padStart(4, "0");
  return `c${time}${sequence}${crypto.randomBytes(6).toString("hex")}`;
}
