import "server-only";
// Writes a confirmed import plan: every create and update in ONE transaction (all or none),
// in batches, each update — of the cadre and of each education record, family member and
// assessment it corrects — guarded by the version the dry run read (a record changed since
// rolls the whole import back), and one audit row with the counts and the per-record diffs.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportResult } from "@/lib/import/report";
import type { Actor } from "@/lib/auth/actor";
import { auditBy, auditDiff, writeAudit } from "@/lib/server/audit";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { StaleVersionError } from "@/lib/server/concurrency";
import { UserFacingError } from "@/lib/errors/user-facing";
import { syncCurrentPosts } from "@/lib/server/cadres/sync-current-post";
import { todayInChina } from "@/lib/format/dates";
import { writeApprovalForms } from "./approval-form-write";
import { bulkInsert, bulkUpdateCadres } from "./bulk-write";
import { insertEducation, refreshEliteDegree } from "./education-extras";
import type { ImportPlan } from "./plan";
import type { Progress } from "./roster-plan";

const BATCH = 500;
const POST_FIELDS = ["currentPostTitle", "unitId", "rank", "rankSince"];

/** A cadre changed since the dry run read it: the whole import rolls back. */
function changedSinceDryRun(u: { cadreId: string; version: number; summary: { name: string } }): StaleVersionError {
  return new StaleVersionError(
    "Cadre",
    u.cadreId,
    u.version,
    `干部“${u.summary.name}”的信息在预检之后被他人修改，本次导入未写入任何数据，请重新预检`,
  );
}

type Tx = Prisma.TransactionClient;

async function writeCreates(tx: Tx, plan: ImportPlan, tick: (n: number) => void) {
  for (let i = 0; i < plan.creates.length; i += BATCH) {
    const batch = plan.creates.slice(i, i + BATCH);
    await bulkInsert(
      tx,
      "Cadre",
      batch.map((c) => ({
        ...c.data,
        ...(c.idNumber
          ? { idNumberCipher: encryptIdNumber(c.idNumber), idNumberHash: hashIdNumber(c.idNumber) }
          : { idNumberCipher: null, idNumberHash: null }),
      })),
    );
    await insertEducation(
      tx,
      batch.map((c) => ({ cadreId: c.data.id, ops: c.education })),
    );
    await writeApprovalForms(
      tx,
      batch.map((c) => [c.data.id, c.approvalForm]),
      null,
    );
    const family = batch.flatMap((c) => c.family.map((f) => ({ ...f, cadreId: c.data.id })));
    if (family.length) await tx.familyMember.createMany({ data: family });
    const assessments = batch.flatMap((c) => c.assessments.map((a) => ({ ...a, cadreId: c.data.id })));
    if (assessments.length) await tx.assessment.createMany({ data: assessments });
    tick(batch.length);
  }
}

async function writeUpdates(tx: Tx, plan: ImportPlan, tick: (n: number) => void) {
  // Cadre columns: grouped by the set of changed columns, one statement per group and batch.
  // A possible duplicate confirmed as this cadre records the file's 身份证号 on it.
  const dataOf = new Map(
    plan.updates.map((u) => [
      u,
      u.setIdNumber
        ? { ...u.data, idNumberCipher: encryptIdNumber(u.setIdNumber), idNumberHash: hashIdNumber(u.setIdNumber) }
        : u.data,
    ]),
  );
  const groups = new Map<string, ImportPlan["updates"]>();
  for (const u of plan.updates) {
    const key = Object.keys(dataOf.get(u)!).sort().join(",");
    if (key) groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const list of groups.values()) {
    for (let i = 0; i < list.length; i += BATCH) {
      const batch = list.slice(i, i + BATCH);
      const stale = await bulkUpdateCadres(
        tx,
        batch.map((u) => ({ id: u.cadreId, version: u.version, data: dataOf.get(u)! })),
      );
      if (stale.length) throw changedSinceDryRun(batch.find((u) => u.cadreId === stale[0])!);
      tick(batch.length);
    }
  }
  // Related records: rarely many (education corrections, a form's family and assessments).
  for (const u of plan.updates) {
    if (!Object.keys(dataOf.get(u)!).length) {
      // Only related rows change: still guard and bump the cadre's version.
      const r = await tx.cadre.updateMany({
        where: { id: u.cadreId, version: u.version },
        data: { version: { increment: 1 } },
      });
      if (r.count !== 1) throw changedSinceDryRun(u);
      tick(1);
    }
    const guard = (r: { count: number }) => {
      if (r.count !== 1) throw changedSinceDryRun(u);
    };
    for (const op of u.education) {
      if (op.kind !== "update") continue;
      guard(
        await tx.educationRecord.updateMany({
          where: { id: op.id, version: op.version },
          data: {
            degree: op.degree,
            degreeDiscipline: op.degreeDiscipline,
            school: op.school,
            major: op.major,
            is985: op.is985,
            is211: op.is211,
            isDoubleFirstClass: op.isDoubleFirstClass,
            version: { increment: 1 },
          },
        }),
      );
    }
    await writeApprovalForms(tx, [[u.cadreId, u.approvalForm]], () => changedSinceDryRun(u));
    for (const f of u.family) {
      if (f.kind === "create") await tx.familyMember.create({ data: { ...f.data, cadreId: u.cadreId } });
      else
        guard(
          await tx.familyMember.updateMany({
            where: { id: f.id, version: f.version },
            data: { ...f.data, version: { increment: 1 } },
          }),
        );
    }
    for (const a of u.assessments) {
      if (a.version === undefined) {
        // a year recorded in the editor since the dry run is a conflict, not a new row
        const since = await tx.assessment.findUnique({
          where: { cadreId_year: { cadreId: u.cadreId, year: a.year } },
          select: { id: true },
        });
        if (since) throw changedSinceDryRun(u);
        await tx.assessment.create({ data: { cadreId: u.cadreId, year: a.year, grade: a.grade } });
      } else
        guard(
          await tx.assessment.updateMany({
            where: { cadreId: u.cadreId, year: a.year, version: a.version },
            data: { grade: a.grade, version: { increment: 1 } },
          }),
        );
    }
  }
  await insertEducation(
    tx,
    plan.updates.map((u) => ({ cadreId: u.cadreId, ops: u.education })),
  );
}

function isUniqueViolation(e: unknown): boolean {
  const text = e instanceof Error ? `${e.message} ${JSON.stringify(e)}` : String(e);
  return /P2002|23505|unique constraint/i.test(text);
}

export interface ImportMeta {
  action: "cadre.import.roster" | "cadre.import.lrmx";
  fileName: string;
}

export async function writeImportPlan(
  actor: Actor,
  plan: ImportPlan,
  meta: ImportMeta,
  progress: Progress = () => {},
): Promise<ImportResult> {
  const total = plan.creates.length + plan.updates.length;
  let done = 0;
  const tick = (n: number) => progress("写入", (done += n), total);
  progress("写入", 0, total);
  const result: ImportResult = {
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.report.unchanged.length,
  };
  if (plan.report.kind === "lrmx") result.skipped = new Set(plan.report.errors.map((e) => e.file)).size;
  try {
    await prisma.$transaction(
      async (tx) => {
        await writeCreates(tx, plan, tick);
        await writeUpdates(tx, plan, tick);
        // 985/211/双一流 of the education written (the roster filter and D20-XFER-985 read it)
        await refreshEliteDegree(tx, [
          ...plan.creates.filter((c) => c.education.length).map((c) => c.data.id),
          ...plan.updates.filter((u) => u.education.length).map((u) => u.cadreId),
        ]);
        // A cadre with an appointment history keeps the 现任职务, unit and 职务层次 it gives: an
        // imported value that disagrees is overwritten (the history is the source; the audit
        // row lists each such correction).
        const touched = plan.updates.filter((u) => POST_FIELDS.some((k) => k in u.data)).map((u) => u.cadreId);
        const synced = await syncCurrentPosts(tx, touched, todayInChina());
        await writeAudit(tx, {
          ...auditBy(actor),
          action: meta.action,
          objectType: "Cadre",
          objectId: null,
          result: "SUCCESS",
          diff: {
            file: meta.fileName,
            ...result,
            errors: plan.report.errors.length,
            createdIds: plan.creates.map((c) => c.data.id),
            updates: Object.fromEntries(
              plan.updates.map((u) => [
                u.cadreId,
                {
                  ...auditDiff(u.before, u.data, { ignore: ["namePinyin", "namePinyinInitials", "photo"] }),
                  ...(u.approvalForm
                    ? { approvalForm: auditDiff(u.approvalFormBefore ?? {}, { ...u.approvalForm.data }) }
                    : {}),
                  ...(u.setIdNumber ? { idNumber: { from: null, to: "（同一人确认，已登记）" } } : {}),
                },
              ]),
            ),
            ...(synced.length
              ? {
                  currentPostFromHistory: Object.fromEntries(
                    synced.map((c) => [c.cadreId, auditDiff({ ...c.before }, { ...c.change })]),
                  ),
                }
              : {}),
          },
        });
      },
      // A 10,000-row import runs for seconds, not the 5 s interactive-transaction default.
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
  } catch (e) {
    // A 身份证号 registered by someone else after the dry run: the unique index refuses it.
    if (isUniqueViolation(e))
      throw new UserFacingError("有身份证号在预检之后已被登记，本次导入未写入任何数据，请重新预检");
    throw e;
  }
  return result;
}
