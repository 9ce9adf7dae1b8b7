import "server-only";
// Editing the 院校代码表: add or correct an institution (name, variants, flags) and archive or
// restore one — never delete. Each change locks the table, stores the published defaults on
// the first edit, is guarded by the row's version, recomputes the flags of the education
// records and cadres it affects (elite-flags.ts) and is audited, all in one transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSchoolName, schoolMatcher } from "@/lib/schools/match-school";
import type { ArchiveSchoolInput, SaveSchoolInput } from "@/lib/validation/school";
import { FieldError } from "@/lib/errors/field-errors";
import { NotFoundError } from "@/lib/errors/user-facing";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authz/scope";
import { StaleVersionError } from "@/lib/server/concurrency";
import { prisma } from "@/lib/server/db";
import { recomputeSchoolFlags } from "./elite-flags";
import { listSchoolRows, materializeSchools } from "./school-table";

type Tx = Prisma.TransactionClient;

const FIELDS = ["name", "aliases", "is985", "is211", "isDoubleFirstClass", "archivedAt"] as const;

/** Locks the table and returns the matcher of the table as it was, the defaults stored. */
async function begin(tx: Tx) {
  await tx.$executeRaw`LOCK TABLE "School" IN SHARE ROW EXCLUSIVE MODE`;
  const wasDefault = (await tx.school.count()) === 0;
  const before = schoolMatcher(await listSchoolRows(tx));
  await materializeSchools(tx);
  return { before, wasDefault };
}

/** Another row already answering to one of these names (normalized) is a field error. */
async function assertNamesFree(tx: Tx, input: SaveSchoolInput, selfId: string | null) {
  const mine = [input.name, ...input.aliases].map(normalizeSchoolName);
  for (const r of await tx.school.findMany({ where: selfId ? { id: { not: selfId } } : {} })) {
    const theirs = new Set([r.name, ...r.aliases].map(normalizeSchoolName));
    const clash = mine.findIndex((n) => theirs.has(n));
    if (clash === 0) throw new FieldError("name", `“${input.name}”已是“${r.name}”的名称或别名`);
    if (clash > 0) throw new FieldError("aliases", `别名“${input.aliases[clash - 1]}”已是“${r.name}”的名称或别名`);
  }
}

async function finish(
  tx: Tx,
  actor: Actor,
  action: string,
  id: string,
  before: Record<string, unknown>,
  changed: Set<string>,
  matcherBefore: ReturnType<typeof schoolMatcher>,
) {
  const after = schoolMatcher(await listSchoolRows(tx));
  const recomputed = await recomputeSchoolFlags(tx, matcherBefore, after, changed);
  const row = await tx.school.findUniqueOrThrow({ where: { id } });
  await writeAudit(tx, {
    ...auditBy(actor),
    action,
    objectType: "School",
    objectId: id,
    result: "SUCCESS",
    diff: {
      ...auditDiff(before, Object.fromEntries(FIELDS.map((k) => [k, row[k]]))),
      recomputed: { educationRecords: recomputed.records, cadres: recomputed.cadres },
    },
  });
  return recomputed;
}

export async function saveSchool(actor: Actor, input: SaveSchoolInput) {
  assertCan(actor, "settings", "manage");
  return prisma.$transaction(
    async (tx) => {
      const { before, wasDefault } = await begin(tx);
      const data = {
        name: input.name,
        aliases: input.aliases,
        is985: input.is985,
        is211: input.is211,
        isDoubleFirstClass: input.isDoubleFirstClass,
      };
      const existing = input.id
        ? await tx.school.findUnique({ where: { id: input.id } })
        : input.originalName
          ? await tx.school.findUnique({ where: { name: input.originalName } })
          : null;
      if ((input.id || input.originalName) && !existing) throw new NotFoundError("院校");
      await assertNamesFree(tx, input, existing?.id ?? null);
      if (!existing) {
        const row = await tx.school.create({ data });
        return finish(tx, actor, "school.create", row.id, {}, new Set([row.name]), before);
      }
      const expected = input.version ?? (wasDefault ? 1 : -1);
      const r = await tx.school.updateMany({
        where: { id: existing.id, version: expected },
        data: { ...data, version: { increment: 1 } },
      });
      if (r.count !== 1) throw new StaleVersionError("School", existing.id, expected);
      const prior = Object.fromEntries(FIELDS.map((k) => [k, existing[k]]));
      return finish(tx, actor, "school.update", existing.id, prior, new Set([existing.name, input.name]), before);
    },
    { timeout: 60_000 },
  );
}

export async function setSchoolArchived(actor: Actor, input: ArchiveSchoolInput, now = new Date()) {
  assertCan(actor, "settings", "manage");
  return prisma.$transaction(
    async (tx) => {
      const { before, wasDefault } = await begin(tx);
      const row = await tx.school.findUnique({ where: { name: input.name } });
      if (!row) throw new NotFoundError("院校");
      const expected = input.version ?? (wasDefault ? 1 : -1);
      const r = await tx.school.updateMany({
        where: { id: row.id, version: expected },
        data: { archivedAt: input.archived ? now : null, version: { increment: 1 } },
      });
      if (r.count !== 1) throw new StaleVersionError("School", row.id, expected);
      const prior = Object.fromEntries(FIELDS.map((k) => [k, row[k]]));
      const action = input.archived ? "school.archive" : "school.restore";
      return finish(tx, actor, action, row.id, prior, new Set([row.name]), before);
    },
    { timeout: 60_000 },
  );
}
