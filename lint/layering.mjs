// Layering as lint rules (README "Architecture"):
// - the generated Prisma client is imported only by the data layer (lib/server), prisma/ and tests/;
// - components/ and "use client" modules take only types from lib/server (server pages, layouts,
//   route handlers and server actions in app/ call it at run time: that is their job);
// - every lib/server module imports "server-only".
import { layeringPlugin } from "./layering-plugin.mjs";

const PRISMA_CLIENT = {
  group: [
    "@/lib/generated/prisma",
    "@/lib/generated/prisma/**",
    "**/generated/prisma",
    "**/generated/prisma/**",
    "@prisma/client",
    "@prisma/client/**",
  ],
  message:
    "The Prisma client belongs to lib/server: go through a lib/server function, its types, or lib/domain/enums for the schema's enums.",
};

const SERVER_VALUES = {
  group: ["@/lib/server", "@/lib/server/**", "**/lib/server", "**/lib/server/**"],
  allowTypeImports: true,
  message: "UI takes only types from lib/server: the page, route or server action reads the data and passes it in.",
};

const RESTRICTED = "@typescript-eslint/no-restricted-imports";

export const layering = [
  {
    plugins: { layering: layeringPlugin },
    rules: {
      "layering/no-server-values-in-client": "error",
      [RESTRICTED]: ["error", { patterns: [PRISMA_CLIENT] }],
    },
  },
  {
    files: ["components/**"],
    rules: { [RESTRICTED]: ["error", { patterns: [PRISMA_CLIENT, SERVER_VALUES] }] },
  },
  {
    files: ["lib/server/**/*.ts", "lib/server/**/*.tsx"],
    rules: { "layering/server-only-import": "error" },
  },
  {
    files: [
      "lib/server/**",
      "prisma/**",
      "tests/**",
      // the schema's enums (plain constants) for everything outside lib/server
      "lib/domain/enums.ts",
      // Database tools that open their own client on the database they are given, not the app's
      // (lib/server/db.ts): audit:verify runs under plain `tsx`, where lib/server's "server-only"
      // guard throws, and the restore verifies the chain of a freshly restored database.
      "lib/cli/audit-verify.ts",
      "lib/cli/audit-anchor.ts",
      "lib/audit/verify-chain.ts",
      "lib/database/backup/restore-backup.ts",
    ],
    rules: { [RESTRICTED]: "off" },
  },
];
