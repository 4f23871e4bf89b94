// Summarises a V8 .cpuprofile (bench/PROFILE.md): self and inclusive time per function, per
// package (node_modules/<name>, node: internals, the bundled app chunks) and the share of the
// samples. `npx tsx bench/cpuprofile-summary.ts <file.cpuprofile> [rows]`. Inclusive time counts
// a sample once per function (or package) even when it recurses. Last, the busy samples by stack
// class (bench/PROFILE.md "Worker off"), module loading apart, as shares of the busy time.
import fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

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

const fnKey = (n: Node) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/(node_modules|\.next[^/]*)\//, "$1/")}:${n.callFrame.lineNumber + 1}`;
const pkgKey = (n: Node) => packageOf(n.callFrame.url, n.callFrame.functionName);
const classes = new Map<string, number>();
const tables = {
  fnSelf: new Map<string, number>(),
  fnIncl: new Map<string, number>(),
  pkgSelf: new Map<string, number>(),
  pkgIncl: new Map<string, number>(),
};
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (const [id, t] of ms) {
  const leaf = byId.get(id)!;
  add(tables.fnSelf, fnKey(leaf), t);
  add(tables.pkgSelf, pkgKey(leaf), t);
  const stack: Frame[] = [];
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) stack.push(n.callFrame);
  const cls = stackClass(stack);
  if (cls) add(classes, cls, t);
  const seenFn = new Set<string>();
  const seenPkg = new Set<string>();
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
    seenFn.add(fnKey(n));
    seenPkg.add(pkgKey(n));
  }
  for (const k of seenFn) add(tables.fnIncl, k, t);
  for (const k of seenPkg) add(tables.pkgIncl, k, t);
}
type Frame = Node["callFrame"];
/** The class of a sample, from its stack (leaf first); null for idle and module loading. */
function stackClass(stack: Frame[]): string | null {
  const [leaf] = stack;
  const { url, functionName: name } = leaf!;
  const any = (re: RegExp) => stack.some((f) => re.test(f.url));
  if (
    name === "(idle)" ||
    any(/modules\/cjs\/loader|module_job|esm\/translators/) ||
    stack.some((f) => f.functionName === "instantiateModule")
  )
    return null;
  if (name === "(garbage collector)") return "garbage collector";
  if (any(/node_modules\/(pg|pg-protocol|pg-pool)\//)) return "pg client (encode, parse, socket writes)";
  if (/async_hooks/.test(url)) return "AsyncLocalStorage / async hooks";
  if (/crypto/.test(url)) return "crypto";
  if (/server\/chunks\//.test(url) && !/turbopack\]_runtime/.test(url)) return "app chunks' own code";
  if (/node_modules\/next\//.test(url)) return "Next server and app-route runtime";
  if (/undici|webstreams/.test(url)) return "web Request/Response/streams";
  if (/^(writev|writeUtf8String|writeBuffer)$/.test(name) || /_http_|node:net|stream_base|streams\//.test(url))
    return "node:http and sockets";
  return "other (microtasks, program, events, …)";
}

console.log(`total ${(total / 1000).toFixed(1)} s of samples`);
for (const [title, m] of Object.entries(tables)) {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / 1000).toFixed(2).padStart(7)} s  ${k}`);
  }
}
const busy = [...classes.values()].reduce((a, b) => a + b, 0);
console.log(`\n## busy by stack class (${(busy / 1000).toFixed(2)} s, module loading apart)`);
for (const [k, v] of [...classes].sort((a, b) => b[1] - a[1]))
  console.log(`${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`);
