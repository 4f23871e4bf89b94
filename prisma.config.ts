// Prisma CLI configuration: used to *create* migrations (`npm run db:migrate:dev`) and to
// generate the client. The CLI works on a throw-away in-memory PGlite: `migrate dev` replays
// the committed migrations there, diffs against schema.prisma and writes the next migration.
// Applying migrations to real databases is lib/db/migrate.ts (same files, same
// _prisma_migrations bookkeeping), so the CLI never touches the app's data folder.
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPGlite(new PGlite()),
});
