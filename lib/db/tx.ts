// The data-access vocabulary's transaction type, declared once. Raw SQL runs on a `Sql`
// (lib/db/sql.ts); Prisma queries inside `db.$transaction(async (tx) => …)` run on a `Tx`.
import type { Prisma } from "@/generated/prisma/client";

/** A Prisma interactive transaction: the `tx` of `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
