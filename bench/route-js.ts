// First-load JS per route (issue 15 item 8): what a browser downloads before a page is
// interactive, gzipped, read from an existing `next build` (no server, no browser; well under a
// second). A route's first load is the framework's root chunks (build-manifest.json rootMainFiles)
// plus every chunk its client reference manifest lists for the layouts, loading, error and
// not-found boundaries and the page (entryJSFiles). `npm run bench` measures its build
// (.next-bench); alone: `npx tsx bench/route-js.ts [build directory, default .next-bench]`.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST_DIR } from "./support/next-server";

/** Issue 15: every page's first-load JS at most 300 KiB gzip. */
export const ROUTE_JS_BUDGET_KIB = 300;

export interface RouteJs {
  route: string;
  chunks: number;
  gzipKiB: number;
  withinBudget: boolean;
}

const gzipped = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
    gzipped.set(file, size);
  }
  return size;
}

/** The chunk lists of one page's client reference manifest (a script assigning to a global). */
function entryChunks(manifestFile: string): string[] {
  const holder: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  new Function("globalThis", fs.readFileSync(manifestFile, "utf8"))(holder);
  return Object.values(holder.__RSC_MANIFEST ?? {}).flatMap((m) => Object.values(m.entryJSFiles ?? {}).flat());
}

export function measureRouteJs(distDir: string): RouteJs[] {
  const routesFile = path.join(distDir, "app-path-routes-manifest.json");
  if (!fs.existsSync(routesFile)) throw new Error(`no build in ${distDir} (run next build first)`);
  const routes = JSON.parse(fs.readFileSync(routesFile, "utf8")) as Record<string, string>;
  const { rootMainFiles = [] } = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const rows: RouteJs[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue; // route handlers ship no JS
    const manifest = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
    if (!fs.existsSync(manifest)) continue;
    const chunks = [...new Set([...rootMainFiles, ...entryChunks(manifest)])].filter((f) => f.endsWith(".js"));
    const bytes = chunks.reduce((sum, chunk) => sum + gzipBytes(path.join(distDir, chunk)), 0);
    const gzipKiB = bytes / 1024;
    rows.push({ route, chunks: chunks.length, gzipKiB, withinBudget: gzipKiB <= ROUTE_JS_BUDGET_KIB });
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}

export function routeJsLines(rows: RouteJs[]): string[] {
  return [
    "| route | chunks | first-load JS (KiB gzip) | budget |",
    "|---|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.route} | ${r.chunks} | ${r.gzipKiB.toFixed(1)} | ${r.withinBudget ? "ok" : `OVER ${ROUTE_JS_BUDGET_KIB}`} |`,
    ),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  const rows = measureRouteJs(process.argv[2] ?? DIST_DIR);
  console.log(routeJsLines(rows).join("\n"));
  if (rows.some((r) => !r.withinBudget)) process.exitCode = 1;
}
