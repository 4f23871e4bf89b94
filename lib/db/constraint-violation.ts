// A unique constraint failed: a duplicate the user can fix, not a crash. PostgreSQL through
// @prisma/adapter-pg reports Prisma's P2002; PGlite's adapter passes the driver error through
// with SQLSTATE 23505 in its cause. Catch it outside a transaction, or after the last
// statement of one: in PostgreSQL the failed statement aborts its transaction.
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return code === "P2002" || cause?.code === "23505";
}
