// `npm test`: every suite, in order — types, lint, import graph (no circles), format, unit,
// integration on PGlite, integration on PostgreSQL (when TICKETFLOW_TEST_POSTGRES_URL is set, as CI
// does), then e2e in Chromium.
// Ends with one line: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

interface Suite {
  name: string;
  command: string[];
  env?: Record<string, string>;
  report?: { file: string; read: (json: any) => { passed: number; failed: number } };
}

const vitestCounts = (json: any) => ({
  passed: json.numPassedTests ?? 0,
  failed: (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0),
});
const playwrightCounts = (json: any) => ({
  passed: (json.stats?.expected ?? 0) + (json.stats?.flaky ?? 0),
  failed: json.stats?.unexpected ?? 0,
});

function vitest(project: string, file: string): string[] {
  return [
    "npx",
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ];
}

const postgresUrl = process.env.TICKETFLOW_TEST_POSTGRES_URL;
const suites: Suite[] = [
  { name: "versions", command: ["npx", "tsx", "scripts/check-versions.ts"] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "--max-warnings=100", "."] },
  { name: "import graph", command: ["npm", "run", "--silent", "lint:imports"] },
  { name: "format", command: ["npx", "prettier", "--check", "--log-level=warn", "."] },
  {
    name: "unit",
    command: vitest("unit", ".tmp/report-unit.json"),
    report: { file: ".tmp/report-unit.json", read: vitestCounts },
  },
  {
    name: "integration (PGlite)",
    command: vitest("integration", ".tmp/report-integration-pglite.json"),
    env: { DATABASE_URL: "" },
    report: { file: ".tmp/report-integration-pglite.json", read: vitestCounts },
  },
  ...(postgresUrl
    ? [
        {
          name: "integration (PostgreSQL)",
          command: vitest("integration", ".tmp/report-integration-postgres.json"),
          env: { DATABASE_URL: postgresUrl },
          report: { file: ".tmp/report-integration-postgres.json", read: vitestCounts },
        },
      ]
    : []),
  {
    name: "e2e (Chromium)",
    command: ["npx", "playwright", "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: ".tmp/report-e2e.json" },
    report: { file: ".tmp/report-e2e.json", read: playwrightCounts },
  },
];

fs.mkdirSync(".tmp", { recursive: true });
let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const suite of suites) {
  if (suite.report) fs.rmSync(suite.report.file, { force: true });
  const started = Date.now();
  console.log(`\n━━ ${suite.name} ━━`);
  const run = spawnSync(suite.command[0]!, suite.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...suite.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  let counts = { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1 };
  if (suite.report) {
    counts = fs.existsSync(suite.report.file)
      ? suite.report.read(JSON.parse(fs.readFileSync(suite.report.file, "utf8")))
      : { passed: 0, failed: 1 };
    if (run.status !== 0 && counts.failed === 0) counts.failed = 1; // the runner failed outside any test
  }
  passed += counts.passed;
  failed += counts.failed;
  summary.push(
    `${suite.name.padEnd(26)} ${String(counts.passed).padStart(4)} passed ${String(counts.failed).padStart(3)} failed  ${seconds}s`,
  );
}
console.log(`\n${summary.join("\n")}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
