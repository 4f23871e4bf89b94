// The one id generator: every row the app inserts gets its id here, through Prisma (the schema
// declares no id default, so a `create` without `id: newId()` does not compile) and in raw SQL
// alike (ids made here and passed as parameters; the database generates none).
//
// The shape is Prisma's cuid() (v1), which made the ids of rows written before: "c", the creation
// time in base 36 (8 characters), a per-process counter (4) and 48 random bits (12 hex), 25 in
// all. Ids therefore sort by creation time, old rows and new alike, and rows written in one
// transaction sort in the order they were made (the timeline's tie-break, lib/tickets/ticket-timeline.ts).
import crypto from "node:crypto";

/** What `newId()` returns. */
export const ID_PATTERN = /^c[0-9a-z]{8}[0-9a-z]{4}[0-9a-f]{12}$/;

let counter = 0;

// The random part comes from a block of the same CSPRNG's bytes, refilled when used up: one
// crypto call per 512 ids instead of one each (an event writes several rows; a call cost ~5 µs).
const RANDOM_BYTES = 6;
const random = Buffer.alloc(RANDOM_BYTES * 512);
let offset = random.length;

function randomHex(): string {
  if (offset === random.length) {
    crypto.randomFillSync(random);
    offset = 0;
  }
  offset += RANDOM_BYTES;
  return random.toString("hex", offset - RANDOM_BYTES, offset);
}

export function newId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  const time = Date.now().toString(36).padStart(8, "0");
  const sequence = counter.toString(36).padStart(4, "0");
  return `c${time}${sequence}${randomHex()}`;
}
