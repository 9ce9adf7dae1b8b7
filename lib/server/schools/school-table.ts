import "server-only";
// The 院校代码表 as the code reads it: the School rows once an administrator has edited the
// table, the published lists (lib/schools) before that. Imports, the education editor and the
// recompute after a change all match schools through this one table.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SCHOOLS, schoolMatcher, type SchoolEntry, type SchoolMatcher } from "@/lib/schools/match-school";
import { prisma } from "@/lib/server/db";

type Db = Prisma.TransactionClient | typeof prisma;

export interface SchoolRow extends SchoolEntry {
  /** null: a published default not yet stored */
  id: string | null;
  version: number | null;
}

export async function listSchoolRows(db: Db = prisma): Promise<SchoolRow[]> {
  const rows = await db.school.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (!rows.length) return DEFAULT_SCHOOLS.map((s) => ({ ...s, id: null, version: null, archived: false }));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    name: r.name,
    aliases: r.aliases,
    is985: r.is985,
    is211: r.is211,
    isDoubleFirstClass: r.isDoubleFirstClass,
    archived: r.archivedAt !== null,
  }));
}

export async function loadSchoolMatcher(db: Db = prisma): Promise<SchoolMatcher> {
  return schoolMatcher(await listSchoolRows(db));
}

/** Stores the published lists the first time the table is edited (under the caller's lock). */
export async function materializeSchools(tx: Prisma.TransactionClient): Promise<void> {
  if ((await tx.school.count()) > 0) return;
  await tx.school.createMany({
    data: DEFAULT_SCHOOLS.map((s) => ({
      name: s.name,
      aliases: [...s.aliases],
      is985: s.is985,
      is211: s.is211,
      isDoubleFirstClass: s.isDoubleFirstClass,
    })),
  });
}
