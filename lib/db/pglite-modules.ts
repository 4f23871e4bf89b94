// The embedded database's packages (PGlite, its pg_trgm extension, its Prisma adapter), loaded
// the first time an embedded database is opened, not when lib/db loads: a server on PostgreSQL
// and its events thread (lib/events/events-thread.ts) never load them, ~50 MiB of memory each
// (bench/PROFILE.md, 4 Dec: "The events on a thread of their own"). Every value taken from these
// packages comes through here: an `import` of one beside this `require` would load its other
// build (ESM beside CommonJS), a second copy whose classes are not the first copy's.
import type * as PGliteModule from "@electric-sql/pglite";
import type * as PgTrgmModule from "@electric-sql/pglite/contrib/pg_trgm";
import type * as PrismaAdapterModule from "pglite-prisma-adapter";

export interface PgliteModules {
  pglite: typeof PGliteModule;
  pgTrgm: typeof PgTrgmModule;
  prismaAdapter: typeof PrismaAdapterModule;
}

let loaded: PgliteModules | undefined;

export function pgliteModules(): PgliteModules {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see above */
  loaded ??= {
    pglite: require("@electric-sql/pglite"),
    pgTrgm: require("@electric-sql/pglite/contrib/pg_trgm"),
    prismaAdapter: require("pglite-prisma-adapter"),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return loaded;
}
