// CI floor for the framework: next ≥ 16.2.6 (CVE-2025-29927 and the 2026 middleware advisories),
// react / react-dom ≥ 19.2.4 (CVE-2025-55182, CVE-2025-66478); nodemailer on its current major,
// ≥ 10.6.1 (7.0.13 sat inside several published advisory ranges, e.g. GHSA-vvjj-xcjg-gr5g, SMTP
// command injection through the transport name, and the CRLF/STARTTLS hardening of 9.x). Reads what is installed, not what
// package.json asks for, so a stale node_modules fails too. Exit 1 with one line per package below.
import fs from "node:fs";
import path from "node:path";

const floors: Record<string, string> = { next: "16.2.6", react: "19.2.4", "react-dom": "19.2.4", nodemailer: "10.6.1" };

/** Compares a.b.c versions numerically; a prerelease sorts below its release (16.2.6-canary.1 < 16.2.6). */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.trim().replace(/^v/, "").split(/-(.*)/s, 2) as [string, string | undefined];
    return { parts: core.split(".").map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

function installedVersion(pkg: string): string | null {
  const file = path.join(process.cwd(), "node_modules", pkg, "package.json");
  if (!fs.existsSync(file)) return null;
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

const failures: string[] = [];
for (const [pkg, floor] of Object.entries(floors)) {
  const version = installedVersion(pkg);
  if (version === null) failures.push(`${pkg}: not installed (needs ≥ ${floor})`);
  else if (compareVersions(version, floor) < 0) failures.push(`${pkg} ${version} is below the patched floor ${floor}`);
  else console.log(`${pkg} ${version} ≥ ${floor}`);
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
