import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// The layers (README "Architecture"), lowest first: each may import only the ones before it.
//   lib/schemas → lib/domain → lib/db → lib/api → lib/mcp; lib/query → components → app
// lib/schemas: vocabulary, the filter registry and zod schemas; lib/domain: pure logic on them.
const layer = (target, from, message) => ({ target, from, message });
const ZONES = [
  layer("./lib/schemas", ["./lib/domain", "./lib/db", "./lib/api", "./lib/mcp", "./lib/query", "./components", "./app"], "lib/schemas is the lowest layer: it imports no other part of the app."),
  layer("./lib/domain", ["./lib/db", "./lib/api", "./lib/mcp", "./lib/query", "./components", "./app"], "lib/domain is pure: it imports only lib/schemas and itself."),
  layer("./lib/db", ["./lib/api", "./lib/mcp", "./lib/query", "./components", "./app"], "lib/db serves the app; it does not import it."),
  layer("./lib/api", ["./lib/mcp", "./lib/query", "./components", "./app"], "lib/api is route-handler plumbing; it does not import UI code."),
  layer("./lib/mcp", ["./lib/query", "./components", "./app"], "lib/mcp is server code over lib/db and lib/api; it does not import UI code."),
  layer("./lib/query", ["./lib/db", "./lib/api", "./lib/mcp", "./components", "./app"], "lib/query runs in the browser: no server code."),
  // Components receive data as props from pages and route handlers; only those read the database.
  layer("./components", ["./lib/db", "./lib/api", "./lib/mcp", "./app"], "Components get data as props: no lib/db, lib/api, lib/mcp or app imports."),
  layer("./app/**/_components/**", ["./lib/db", "./lib/api", "./lib/mcp"], "Route-private components get data as props from their page."),
];

// A file marked "use client" runs in the browser: it may not import server-only code.
const SERVER_ONLY = [/^@\/lib\/db(\/|$)/, /^@\/lib\/api(\/|$)/, /^@\/lib\/mcp(\/|$)/, /^server-only$/, /^node:/, /^@prisma\//];
const clientBoundary = {
  meta: { type: "problem", schema: [], messages: { server: "\"{{source}}\" is server-only; a \"use client\" module cannot import it." } },
  create(context) {
    const isClient = context.sourceCode.ast.body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
    if (!isClient) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source === "string" && SERVER_ONLY.some((re) => re.test(source))) context.report({ node, messageId: "server", data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: [".next/**", ".next*/**", "data/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, "import-x": importX, local: { rules: { "client-boundary": clientBoundary } } },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/only-throw-error": "off",
      "import-x/no-restricted-paths": ["error", { zones: ZONES }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "local/client-boundary": "error",
    },
  },
  {
    // lib/domain and lib/schemas are pure and isomorphic: no framework, no database, no data files.
    files: ["lib/domain/**", "lib/schemas/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/prisma/*", "server-only", "@/lib/db/*", "@/lib/api/*", "@/lib/query/*", "@/components/*", "@/app/*"], message: "lib/domain and lib/schemas stay pure: no framework, database, data file or UI imports." }] },
      ],
    },
  },
  {
    // Only lib/db talks to Prisma.
    files: ["app/**", "components/**", "lib/api/**", "lib/mcp/**", "lib/query/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "@/lib/db/generated/*", "@/lib/db/prisma"], message: "Only lib/db imports the Prisma client." }] },
      ],
    },
  },
  { files: ["**/*.mjs", "**/*.js"], ...tseslint.configs.disableTypeChecked },
);
