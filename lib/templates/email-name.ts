// An automated email's name is how the Send email panel and its bubble name it: two emails never
// share one (compared without case).
import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/tx";

type Reader = Pick<Tx, "emailTemplate">;

export async function assertNameFree(tx: Reader, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.emailTemplate.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (!taken) return;
  const message = `Another email is already called “${name}”. Choose another name.`;
  throw new AppError("BAD_REQUEST", message, [{ path: ["name"], message, code: "name_taken" }]);
}

/** "Survey (copy)", then "Survey (copy 2)"…: the first name no email has. */
export async function copyName(tx: Reader, name: string): Promise<string> {
  const base = `${name.slice(0, 90)} (copy`;
  const existing = await tx.emailTemplate.findMany({
    where: { name: { startsWith: base, mode: "insensitive" } },
    select: { name: true },
  });
  const taken = new Set(existing.map((t) => t.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base})` : `${base} ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
