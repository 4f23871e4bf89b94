// The import graph of our source (issue 12). Run by `npm test` (suite "import graph") and
// `npm run lint:imports`. Type-only imports count: a circle through `import type` still ties
// the files together (ESLint's import/no-cycle skips those, so it is not used for this).
//
// 1. No circles between files.
// 2. lib folders import each other in one direction: LAYERS lists them bottom first (docs/architecture.md
//    "Layers"); a folder imports only folders of lower layers. An import up the list fails, and so does
//    one between two folders of the same layer, or from a lib folder not placed here (place it).
//    KNOWN_UPWARD lists the upward imports left from before the rule, each to be removed by moving the
//    shared piece down; nothing may be added to it.
// 3. No two lib folders import each other: with 2, only a KNOWN_UPWARD debt could make such a pair, so
//    the folder a debt reaches up to may not import the debtor's folder ("lib-folders-mutual").

/** Bottom first. A name ending in .ts is a file directly in lib/. */
const LAYERS = [
  ["automation", "env", "errors.ts", "files", "net", "utils"], // pure engine and primitives
  ["http", "logger.ts"],
  ["db"], // the client's pieces: Tx, Sql, ids, write batches, migrations
  ["actions", "db.ts"],
  ["auth", "pipeline-reads"], // who is signed in, the policy; pipelines and statuses as lists
  ["api-keys", "attachments", "webhooks"], // webhooks: signing and who sees targets
  ["history"],
  ["account", "api", "channels", "contacts", "jobs", "templates", "users"],
  ["business-hours", "live"], // the account's calendar (SPEC §9); the live stream of changed tickets
  ["sla"], // SLA clocks: the pipeline's targets, due times over business hours, the ticket's SLA state
  ["teams", "tickets"],
  ["conversations"],
  ["events"], // every happening enters here (API, inbound mail, the composer)
  ["mail"], // outbound delivery jobs and the inbound SMTP server
  ["composer", "mailboxes", "workflows"], // an agent's email; IMAP intake; workflows and action types
  ["time-trigger-batch.ts"], // the workflows' timer handler, fired in batches
  ["automate", "job-handlers.ts"], // the Automate tab; the job types' handler table
  ["events-thread-entry.ts", "pipelines", "server-start.ts"], // the events thread's code (events and job slots); pipeline and status admin: creates and clears the automation it owns
  ["openapi"], // reads every feature's schemas
];

/** [from, to] imports that ran upward when the rule came in (debts: move the shared piece down). */
const KNOWN_UPWARD = [
  // The engine's view of a pipeline is read with the ticket / channel in one query. It parses the
  // workflows' enrollment filters (lib/workflows), so it cannot move down on its own.
  ["lib/channels/channel-snapshot.ts", "lib/pipelines/pipeline-snapshot.ts"],
  ["lib/tickets/create-ticket.ts", "lib/pipelines/pipeline-snapshot.ts"],
  ["lib/tickets/ticket-snapshot.ts", "lib/pipelines/pipeline-snapshot.ts"],
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
        severity: "error",
        comment: "A lib folder imports another of its own layer: put the imported one in a lower layer (LAYERS).",
        from: { path: anyOf([unit]) },
        to: { path: anyOf(layer.filter((u) => u !== unit)) },
      })),
);

/** The LAYERS unit a lib path belongs to: its folder, or the file directly in lib/. */
const unitOf = (path) => /^lib\/([^/]+)/.exec(path)[1];

// A debt's target folder importing the debtor's folder would make the two import each other.
const mutualRules = [...new Set(KNOWN_UPWARD.map(([from, to]) => `${unitOf(from)} ${unitOf(to)}`))].map((pair) => {
  const [debtor, reached] = pair.split(" ");
  return {
    name: "lib-folders-mutual",
    severity: "error",
    comment: `lib/${debtor} imports lib/${reached} (a KNOWN_UPWARD debt), so lib/${reached} may not import lib/${debtor}: two lib folders never import each other.`,
    from: { path: anyOf([reached]) },
    to: { path: anyOf([debtor]) },
  };
});

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
    ...mutualRules,
    {
      name: "layering-unplaced",
      severity: "error",
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
