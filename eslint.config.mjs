// ESLint flat config: Next's rules (core web vitals + TypeScript) and typescript-eslint.
// Layering rules (no-restricted-imports) keep the engine pure and routes on top.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The React Compiler advisories of eslint-plugin-react-hooks 7: we do not run the compiler, so
    // they are reported as warnings to read, not errors.
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
