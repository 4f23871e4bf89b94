// The import graph of our source (issue 12). Run by `npm test` (suite "import graph") and
// `npm run lint:imports`. Type-only imports count: a circle through `import type` still ties
// the files together (ESLint's import/no-cycle skips those, so it is not used for this).
//
// 1. No circles between files.
// 2. lib folders import each other in one direction: LAYERS lists them bottom first (docs/architecture.md
//    "Layers"); a folder imports only folders of lower layers. An import up the list fails; one between
//    two folders of the same layer, or from a lib folder not yet placed here, is a warning (place it).
//    KNOWN_UPWARD lists the upward imports that were there when the rule came in, each to be removed
//    by moving the shared piece down; nothing may be added to it.

/** Bottom first. A name ending in .ts is a file directly in lib/. */
const LAYERS = [
  ["automation", "env", "errors.ts", "files", "net", "utils"], // pure engine and primitives
  ["http", "logger.ts"],
  ["db"],
  ["actions", "db.ts"],
  ["auth"],
  ["api-keys", "attachments", "history"],
  ["account", "api", "channels", "contacts", "jobs", "templates", "users", "webhooks"],
  ["business-hours", "teams", "tickets"],
  ["conversations", "sla"],
  ["events"], // every happening enters here (API, inbound mail, the composer)
  ["mail"], // outbound delivery jobs and the inbound SMTP server
  ["mailboxes", "workflows"],
  ["automate", "server-start.ts"], // the Automate tab: settings, triggers, status actions, document
  ["pipelines"], // pipeline and status admin: creates and clears the automation it owns
  ["openapi"], // reads every feature's schemas
];

/** [from, to] imports that ran upward when the rule came in (debts: move the shared piece down). */
const KNOWN_UPWARD = [
  ["lib/attachments/store-attachments.ts", "lib/events/ingest-event.ts"],
  ["lib/attachments/store-attachments.ts", "lib/events/schemas.ts"],
  ["lib/attachments/store-attachments.ts", "lib/mail/inbound/attachments.ts"],
  ["lib/automate/automate-view.ts", "lib/pipelines/queries.ts"],
  ["lib/automate/automation-document.ts", "lib/pipelines/queries.ts"],
  ["lib/channels/channel-snapshot.ts", "lib/pipelines/pipeline-snapshot.ts"],
  ["lib/conversations/send-email.ts", "lib/events/ingest-event.ts"],
  ["lib/conversations/send-email.ts", "lib/mail/index.ts"],
  ["lib/conversations/send-email.ts", "lib/mail/message-id.ts"],
  ["lib/history/list-changes.ts", "lib/webhooks/visibility.ts"],
  ["lib/jobs/handlers.ts", "lib/mail/deliver-email-job.ts"],
  ["lib/jobs/handlers.ts", "lib/workflows/run/index.ts"],
  ["lib/jobs/retry-job.ts", "lib/workflows/run/reopen-failed-enrollment.ts"],
  ["lib/tickets/create-ticket.ts", "lib/conversations/conversation-writes.ts"],
  ["lib/tickets/create-ticket.ts", "lib/pipelines/pipeline-snapshot.ts"],
  ["lib/tickets/load-board.ts", "lib/pipelines/queries.ts"],
  ["lib/tickets/ticket-snapshot.ts", "lib/pipelines/pipeline-snapshot.ts"],
  ["lib/webhooks/actions.ts", "lib/automate/status-action-schemas.ts"],
  ["lib/webhooks/assign-secrets.ts", "lib/workflows/action-types/registry.ts"],
  ["lib/webhooks/secret-history.ts", "lib/workflows/action-types/registry.ts"],
  ["lib/webhooks/secret-history.ts", "lib/workflows/editor/edited-workflow.ts"],
  ["lib/webhooks/secret-history.ts", "lib/workflows/editor/record-workflow-change.ts"],
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const unitPath = (u) => (u.endsWith(".ts") ? `lib/${escape(u)}$` : `lib/${escape(u)}/`);
const anyOf = (units) => `^(${units.map(unitPath).join("|")})`;
const exactly = (files) => `^(${files.map(escape).join("|")})$`;
const exceptionsFrom = [...new Set(KNOWN_UPWARD.map(([from]) => from))];

const layerRules = LAYERS.slice(0, -1).flatMap((layer, i) => {
  const higher = LAYERS.slice(i + 1).flat();
  const sources = exceptionsFrom.filter((f) => new RegExp(anyOf(layer)).test(f));
  return [
    {
      name: "layering-upward",
      severity: "error",
      comment: `A lib folder imports a folder of a higher layer (.dependency-cruiser.cjs LAYERS, docs/architecture.md "Layers"). Move the shared piece down into a lower folder.`,
      from: { path: anyOf(layer), ...(sources.length ? { pathNot: exactly(sources) } : {}) },
      to: { path: anyOf(higher) },
    },
    ...sources.map((from) => ({
      name: "layering-upward",
      severity: "error",
      comment: "This file's known upward imports are listed in KNOWN_UPWARD; no new ones.",
      from: { path: exactly([from]) },
      to: {
        path: anyOf(higher),
        pathNot: exactly(KNOWN_UPWARD.filter(([f]) => f === from).map(([, to]) => to)),
      },
    })),
  ];
});

const sameLayerRules = LAYERS.flatMap((layer) =>
  layer.length < 2
    ? []
    : layer.map((unit) => ({
        name: "layering-same-layer",
        severity: "warn",
        comment: "Two folders of one layer import each other's files: put one of them in a lower layer (LAYERS).",
        from: { path: anyOf([unit]) },
        to: { path: anyOf(layer.filter((u) => u !== unit)) },
      })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Files import each other in a circle: move the shared piece into a module both import.",
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    ...sameLayerRules,
    {
      name: "layering-unplaced",
      severity: "warn",
      comment: "A lib folder that LAYERS does not list imports another: place it in LAYERS.",
      from: { path: "^lib/[^/]+/", pathNot: anyOf(LAYERS.flat()) },
      to: { path: "^lib/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|generated|data|\\.next[^/]*|\\.tmp)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
    skipAnalysisNotInRules: true,
  },
};
