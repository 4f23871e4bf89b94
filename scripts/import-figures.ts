// `npx tsx scripts/import-figures.ts`: the layout figures of docs/architecture.md, from
// dependency-cruiser's graph of the source (the same options as `npm run lint:imports`):
// imports of app/ from outside it, import circles, pairs of lib folders that import each other,
// and the upward imports still listed as debts in .dependency-cruiser.cjs (KNOWN_UPWARD).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

interface Dependency {
  resolved: string;
  circular: boolean;
}
interface Module {
  source: string;
  dependencies: Dependency[];
}

const SOURCES = ["app", "components", "lib", "scripts", "bench", "tests", "e2e", "instrumentation.ts", "proxy.ts"];
const json = execFileSync("npx", ["depcruise", "--output-type", "json", ...SOURCES], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const modules = (JSON.parse(json) as { modules: Module[] }).modules;

/** A lib folder, or a file directly in lib/ (as LAYERS names them). */
const libUnit = (path: string) => /^lib\/([^/]+)/.exec(path)?.[1] ?? null;

const appImports = modules.flatMap((m) =>
  m.source.startsWith("app/") || m.source.startsWith("tests/")
    ? []
    : m.dependencies.filter((d) => d.resolved.startsWith("app/")).map((d) => `${m.source} -> ${d.resolved}`),
);
const circularEdges = modules.flatMap((m) => m.dependencies.filter((d) => d.circular).map(() => m.source));

const edges = new Map<string, string[]>();
for (const m of modules) {
  const from = libUnit(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = libUnit(d.resolved);
    if (!to || to === from) continue;
    const key = `${from} -> ${to}`;
    edges.set(key, [...(edges.get(key) ?? []), `${m.source} -> ${d.resolved}`]);
  }
}
const mutual = [...edges.keys()]
  .map((key) => key.split(" -> ") as [string, string])
  .filter(([a, b]) => a < b && edges.has(`${b} -> ${a}`))
  .map(([a, b]) => `${a} <-> ${b}`);

// The list as written in the config (its module exports only what dependency-cruiser reads).
const config = fs.readFileSync(".dependency-cruiser.cjs", "utf8");
const listed = /const KNOWN_UPWARD = \[([\s\S]*?)\n\];/.exec(config)?.[1] ?? "";
const KNOWN_UPWARD = [...listed.matchAll(/\["([^"]+)", "([^"]+)"\]/g)].map((m) => [m[1]!, m[2]!] as const);

console.log(`imports of app/ from outside app/ (tests excepted): ${appImports.length}`);
for (const line of appImports) console.log(`  ${line}`);
console.log(`files on an import circle: ${new Set(circularEdges).size}`);
console.log(`pairs of lib folders that import each other: ${mutual.length}`);
for (const pair of mutual) console.log(`  ${pair}`);
console.log(`upward imports listed as debts (KNOWN_UPWARD): ${KNOWN_UPWARD.length}`);
for (const [from, to] of KNOWN_UPWARD) console.log(`  ${from} -> ${to}`);
