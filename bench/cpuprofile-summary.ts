// Summarises a V8 .cpuprofile (bench/PROFILE.md): self and inclusive time per function, per
// package (node_modules/<name>, node: internals, the bundled app chunks) and the share of the
// samples. `npx tsx bench/cpuprofile-summary.ts <file.cpuprofile> [rows]`. Inclusive time counts
// a sample once per function (or package) even when it recurses.
import fs from "node:fs";

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  if (url.startsWith("node:")) return url;
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1]!;
  if (url.includes("/server/chunks/") || url.includes("/server/app/")) return "app bundle";
  return url.replace(/^file:\/\/\/work\/main\//, "");
}

const [file, rowsArg] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file!, "utf8")) as Profile;
const rows = Number(rowsArg ?? 40);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const ms = new Map<number, number>();
profile.samples.forEach((id, i) => ms.set(id, (ms.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...ms.values()].reduce((a, b) => a + b, 0);

const fnKey = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/(node_modules|\.next[^/]*)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
const pkgKey = (n: Node) => packageOf(n.callFrame.url, n.callFrame.functionName);
const tables = { fnSelf: new Map<string, number>(), fnIncl: new Map<string, number>(), pkgSelf: new Map<string, number>(), pkgIncl: new Map<string, number>() };
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (const [id, t] of ms) {
  const leaf = byId.get(id)!;
  add(tables.fnSelf, fnKey(leaf), t);
  add(tables.pkgSelf, pkgKey(leaf), t);
  const seenFn = new Set<string>();
  const seenPkg = new Set<string>();
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
    seenFn.add(fnKey(n));
    seenPkg.add(pkgKey(n));
  }
  for (const k of seenFn) add(tables.fnIncl, k, t);
  for (const k of seenPkg) add(tables.pkgIncl, k, t);
}
console.log(`total ${(total / 1000).toFixed(1)} s of samples`);
for (const [title, m] of Object.entries(tables)) {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / 1000).toFixed(2).padStart(7)} s  ${k}`);
  }
}
