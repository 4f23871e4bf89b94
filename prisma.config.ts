// Prisma CLI configuration: used to *create* migrations (`npm run db:migrate:dev`) and to
// generate the client. The CLI works on a throw-away in-memory PGlite: `migrate dev` replays
// the committed migrations there, diffs against schema.prisma and writes the next migration.
// Applying migrations to real databases is lib/db/migrate.ts (same files, same
// _prisma_migrations bookkeeping), so the CLI never touches the app's data folder.
import { defineConfig } from "prisma/config";
import { pgliteExtensions } from "./lib/db/pglite-extensions";
import { pgliteModules } from "./lib/db/pglite-modules";

const {
  pglite: { PGlite },
  prismaAdapter: { PrismaPGlite },
} = pgliteModules();
type PGlite = InstanceType<typeof PGlite>;

type Adapter = Awaited<ReturnType<InstanceType<typeof PrismaPGlite>["connect"]>>;

// pglite-prisma-adapter 0.6.1 runs migration scripts without awaiting them and sends
// multi-statement SQL as a prepared statement, so replaying migrations into the shadow
// database fails ("cannot insert multiple commands into a prepared statement"). Scripts and
// parameterless raw statements go through PGlite's simple-query exec() instead.
function runScriptsWithExec(adapter: Adapter, pglite: PGlite): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeScript = async (script: string) => void (await pglite.exec(script));
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await pglite.exec(query.sql);
    return 0;
  };
  return adapter;
}

class MigratingPGlite extends PrismaPGlite {
  constructor(private readonly pglite = new PGlite({ extensions: pgliteExtensions() })) {
    super(pglite);
  }
  override async connect() {
    return runScriptsWithExec(await super.connect(), this.pglite);
  }
  override async connectToShadowDb() {
    const shadow = new PGlite({ extensions: pgliteExtensions() });
    return runScriptsWithExec(await new PrismaPGlite(shadow).connect(), shadow);
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new MigratingPGlite(),
});
