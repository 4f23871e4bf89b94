// `npm run db:migrate:dev -- <name>`: writes the next migration with Prisma Migrate's diff of
// the committed migrations (replayed into an in-memory PGlite shadow database, see
// prisma.config.ts) against prisma/schema.prisma. `migrate dev` itself cannot run here: its
// data-loss check wants a shadow database the driver-adapter CLI does not hand it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/^--name=?/, "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:dev -- <name_in_snake_case>");
  process.exit(1);
}
const sql = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8", timeout: 120_000 },
);
if (/This is an empty migration/.test(sql)) {
  console.log("schema.prisma matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then commit it with schema.prisma.`);
