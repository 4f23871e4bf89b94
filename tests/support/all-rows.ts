// Row counts of every table in the schema (from Prisma's data model), for "nothing written" checks
// that must not miss a table added later.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

type Countable = { count: () => Promise<number> };

export async function allRowCounts(): Promise<Record<string, number>> {
  const models = Object.values(Prisma.ModelName) as string[];
  const counts = await Promise.all(
    models.map((name) => {
      const delegate = (db as unknown as Record<string, Countable>)[name[0]!.toLowerCase() + name.slice(1)];
      return delegate!.count();
    }),
  );
  return Object.fromEntries(models.map((name, i) => [name, counts[i]!]));
}
