import "server-only";
// The education columns an import writes besides those of the bulk insert (bulk-write.ts): the
// degree's discipline and the 院校代码表's 985/211/双一流 flags, set on the inserted rows in one
// statement per batch; then Cadre.hasEliteDegree of every cadre whose education changed.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EducationOp } from "@/lib/import/education-ops";
import { refreshEliteDegree } from "@/lib/server/schools/elite-flags";
import { bulkInsert } from "./bulk-write";
import { educationCreates, newId } from "./plan";

export interface EducationExtras {
  degreeDiscipline: string | null;
  is985: boolean;
  is211: boolean;
  isDoubleFirstClass: boolean;
}

/** Sets the extras of rows just inserted (only those that differ from the column defaults). */
async function writeEducationExtras(
  tx: Prisma.TransactionClient,
  rows: ReadonlyArray<EducationExtras & { id: string }>,
): Promise<void> {
  const set = rows.filter((r) => r.degreeDiscipline || r.is985 || r.is211 || r.isDoubleFirstClass);
  if (!set.length) return;
  await tx.$executeRaw`
    UPDATE "EducationRecord" e
    SET "degreeDiscipline" = x."degreeDiscipline", "is985" = x."is985", "is211" = x."is211",
        "isDoubleFirstClass" = x."isDoubleFirstClass"
    FROM jsonb_to_recordset(${JSON.stringify(set)}::jsonb)
      AS x(id text, "degreeDiscipline" text, "is985" boolean, "is211" boolean, "isDoubleFirstClass" boolean)
    WHERE e.id = x.id`;
}

/** Inserts the education records the operations create: the bulk insert, then the extras. */
export async function insertEducation(
  tx: Prisma.TransactionClient,
  items: ReadonlyArray<{ cadreId: string; ops: readonly EducationOp[] }>,
): Promise<void> {
  const rows = items.flatMap(({ cadreId, ops }) => educationCreates(ops).map((e) => ({ id: newId(), cadreId, ...e })));
  await bulkInsert(
    tx,
    "EducationRecord",
    rows.map((e) => ({ id: e.id, ...e.row, cadreId: e.cadreId })),
  );
  await writeEducationExtras(
    tx,
    rows.map((e) => ({ id: e.id, ...e.extras })),
  );
}

export { refreshEliteDegree };
