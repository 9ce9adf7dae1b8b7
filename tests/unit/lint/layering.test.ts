// The layering rules (lint/layering.mjs) as the project's own ESLint config applies them: planted
// violations are reported under the expected rule, and the allowed patterns are not.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const RESTRICTED = "@typescript-eslint/no-restricted-imports";
const CLIENT = "layering/no-server-values-in-client";
const SERVER_ONLY = "layering/server-only-import";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../../..") });
});

/** The layering rule ids reported for `code` as if it were the file at `filePath`. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const ids = result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
  return ids.filter((id) => id === RESTRICTED || id.startsWith("layering/") || id.startsWith("fatal"));
}

describe("UI and lib/server", () => {
  it("refuses a client component importing a lib/server value", async () => {
    const code = `"use client";\nimport { listRoster } from "@/lib/server/cadres/roster";\nexport const f = listRoster;\n`;
    expect(await layeringErrors("app/(app)/cadres/planted.tsx", code)).toEqual([CLIENT]);
  });

  it("refuses a relative lib/server value import in a client component", async () => {
    const code = `"use client";\nimport { prisma } from "../../lib/server/db";\nexport const p = prisma;\n`;
    expect(await layeringErrors("app/(app)/planted.tsx", code)).toEqual([CLIENT]);
  });

  it('refuses a components/ file calling lib/server, even without "use client"', async () => {
    const code = `import { listRoster } from "@/lib/server/cadres/roster";\nexport const f = listRoster;\n`;
    expect(await layeringErrors("components/pool/planted.tsx", code)).toEqual([RESTRICTED]);
    const relative = `import { prisma } from "../../lib/server/db";\nexport const p = prisma;\n`;
    expect(await layeringErrors("components/pool/planted.tsx", relative)).toEqual([RESTRICTED]);
  });

  it("allows type-only imports from lib/server in client components and components/", async () => {
    const code = `"use client";\nimport type { RosterPage } from "@/lib/cadres/roster-row";\nimport type { CadreProfile } from "@/lib/server/cadres/profile";\nimport { type PoolEntryRow } from "@/lib/server/pool/overview";\nexport type T = [RosterPage, CadreProfile, PoolEntryRow];\n`;
    expect(await layeringErrors("components/cadres/planted.tsx", code)).toEqual([]);
    expect(await layeringErrors("app/(app)/cadres/planted.tsx", code)).toEqual([]);
  });

  it("allows server actions, pages and route handlers to call lib/server", async () => {
    const action = `"use server";\nimport { listRoster } from "@/lib/server/cadres/roster";\nexport async function find() { return listRoster; }\n`;
    expect(await layeringErrors("app/(app)/cadres/actions.ts", action)).toEqual([]);
    const page = `import { listRoster } from "@/lib/server/cadres/roster";\nexport default function Page() { return listRoster; }\n`;
    expect(await layeringErrors("app/(app)/cadres/page.tsx", page)).toEqual([]);
    expect(await layeringErrors("app/(app)/pool/export/route.ts", page)).toEqual([]);
  });
});

describe("the generated Prisma client", () => {
  it("is refused in components/, app/ and pure lib/ modules, even as types", async () => {
    const code = `import type { Cadre } from "@/lib/generated/prisma/client";\nexport type C = Cadre;\n`;
    expect(await layeringErrors("components/cadres/planted.tsx", code)).toEqual([RESTRICTED]);
    expect(await layeringErrors("app/(app)/cadres/page.tsx", code)).toEqual([RESTRICTED]);
    expect(await layeringErrors("lib/rules/planted.ts", code)).toEqual([RESTRICTED]);
    const enums = `import { Role } from "../generated/prisma/enums";\nexport const r = Role;\n`;
    expect(await layeringErrors("lib/labels/planted.ts", enums)).toEqual([RESTRICTED]);
  });

  it("is allowed in lib/server, prisma/ and tests/; the enums come to others through lib/domain/enums", async () => {
    const code = `import "server-only";\nimport { PrismaClient } from "@/lib/generated/prisma/client";\nexport const C = PrismaClient;\n`;
    expect(await layeringErrors("lib/server/planted.ts", code)).toEqual([]);
    expect(await layeringErrors("prisma/seed/planted.ts", code)).toEqual([]);
    expect(await layeringErrors("tests/support/planted.ts", code)).toEqual([]);
    const enums = `import { Role } from "@/lib/domain/enums";\nexport const r = Role;\n`;
    expect(await layeringErrors("components/planted.tsx", enums)).toEqual([]);
  });
});

describe("lib/server modules", () => {
  it("refuses a lib/server module without server-only", async () => {
    expect(await layeringErrors("lib/server/cadres/planted.ts", `export const pure = 1;\n`)).toEqual([SERVER_ONLY]);
  });

  it("accepts one that imports it", async () => {
    expect(
      await layeringErrors("lib/server/cadres/planted.ts", `import "server-only";\nexport const x = 1;\n`),
    ).toEqual([]);
  });
});
