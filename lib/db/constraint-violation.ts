// Constraint failures a user can act on, not crashes. PostgreSQL through @prisma/adapter-pg
// reports Prisma's codes (P2002, P2003); PGlite's adapter passes the driver error through with
// the SQLSTATE in its cause. Catch them outside the transaction: in PostgreSQL the failed
// statement aborts the transaction it runs in.
function matches(error: unknown, prismaCode: string, sqlStates: string[]): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return code === prismaCode || sqlStates.includes(String(cause?.code));
}

/** A unique constraint failed: a duplicate name, email… */
export const isUniqueViolation = (error: unknown) => matches(error, "P2002", ["23505"]);

/** A foreign key failed (23503; 23001 for ON DELETE RESTRICT): e.g. a row was pointed at something being deleted. */
export const isForeignKeyViolation = (error: unknown) => matches(error, "P2003", ["23503", "23001"]);
