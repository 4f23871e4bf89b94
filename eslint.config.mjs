// ESLint flat config: Next's rules (core web vitals + TypeScript) and typescript-eslint.
// Layering rules (no-restricted-imports) keep the engine pure and routes on top.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** app/ seen from outside it: by alias or by a relative path climbing into it. */
const appImport = {
  regex: "^(@/app(/|$)|(\\.\\./)+app(/|$))",
  message: "app/ holds routes only: import the server action or module from lib/<feature>/ instead.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The React Compiler advisories of eslint-plugin-react-hooks 7: we do not run the compiler, so
    // they are reported as warnings to read, not errors. Same files as Next's config, which
    // registers the plugin (a .cjs file such as .dependency-cruiser.cjs is outside it).
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    rules: {
      "react-hooks/refs": "warn",
      "react-hooks/use-memo": "warn",
      "react-hooks/set-state-in-effect": "warn",
      "react-hooks/incompatible-library": "warn",
    },
  },
  {
    // Node scripts, benches and tests: functions named use… are resource helpers, not React hooks,
    // and JSON reports are read untyped.
    files: ["bench/**", "scripts/**", "tests/**", "e2e/**"],
    rules: {
      "react-hooks/rules-of-hooks": "off",
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // Layering (CONTRIBUTING.md "Layering"): app/ holds the routes and sits on top. Nothing else
    // imports from it (server actions live in lib/<feature>/). Tests may import route handlers to
    // call them as a client would.
    files: ["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}"],
    ignores: ["app/**", "tests/**", "e2e/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [appImport] }],
    },
  },
  {
    // One data-access vocabulary: a Prisma interactive transaction is `Tx` from lib/db/tx.ts.
    files: ["**/*.{ts,tsx,mts,cts}"],
    ignores: ["lib/db/tx.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName[left.name='Prisma'][right.name='TransactionClient']",
          message: 'Use `import type { Tx } from "@/lib/db/tx"` (declared once there).',
        },
      ],
    },
  },
  {
    // The engine is pure: plain functions over plain data. Its files import only each other, never
    // Prisma, Next, lib/db, Node built-ins or another lib folder (tests may use vitest and fast-check).
    files: ["lib/automation/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./)",
              message: "lib/automation is the pure engine: it imports only its own files (./…).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/automation/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\./|vitest$|fast-check$)",
              message: "lib/automation's tests import the engine's files, vitest and fast-check only.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "generated/**",
      "data/**",
      ".tmp/**",
      "playwright-report/**",
      "test-results*/**",
      "e2e/artifacts/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
