import "server-only";
// An import plan: what confirming would write, row by row, built by the same code for the
// dry run and for the confirm (which rebuilds it from the same file and compares digests, so
// what is written is exactly what the user saw). Shared by the 花名册 and LRMX imports.
import { createHash, randomBytes } from "node:crypto";
import type { Degree, EducationLevel } from "@/lib/generated/prisma/enums";
import type { AssessmentOp, FamilyData, FamilyOp } from "@/lib/import/form-patch";
import type { ApprovalFormOp } from "@/lib/import/approval-form-patch";
import type { AssessmentDraft } from "@/lib/lrmx/assessments";
import type { EducationOp } from "@/lib/import/education-ops";
import type { ImportReport, PlannedCreate, PlannedUpdate } from "@/lib/import/report";
import type { EducationExtras } from "./education-extras";

export type { FamilyData, FamilyOp } from "@/lib/import/form-patch";

export interface PlanCreate {
  summary: PlannedCreate;
  /** plain, normalized; encrypted and hashed only when written */
  idNumber: string | null;
  /** Cadre columns (id pre-generated so related rows can point at it) */
  data: Record<string, unknown> & { id: string };
  education: EducationOp[];
  family: FamilyData[];
  assessments: AssessmentDraft[];
  approvalForm?: ApprovalFormOp | null;
  /**
   * When the report names possible duplicates (same name and birth month): the update this row
   * makes to each of them, applied instead of the create if the user says it is the same person.
   */
  alternatives?: Record<string, PlanUpdate>;
}

export interface PlanUpdate {
  summary: PlannedUpdate;
  cadreId: string;
  /** the version read by the dry run: a record changed since is not overwritten */
  version: number;
  /** stored values of the changed columns, for the audit diff */
  before: Record<string, unknown>;
  data: Record<string, unknown>;
  education: EducationOp[];
  family: FamilyOp[];
  assessments: AssessmentOp[];
  approvalForm?: ApprovalFormOp | null;
  /** the stored form's values of the fields approvalForm changes, for the audit diff */
  approvalFormBefore?: Record<string, unknown>;
  /** a 身份证号 to record on a cadre that had none (a duplicate confirmed as the same person) */
  setIdNumber?: string;
}

export interface ImportPlan {
  report: ImportReport;
  creates: PlanCreate[];
  updates: PlanUpdate[];
}

/** An update that changes no column (a duplicate confirmed as a cadre whose record already agrees). */
export function emptyUpdate(summary: PlannedUpdate, version: number): PlanUpdate {
  return {
    summary,
    cadreId: summary.cadreId,
    version,
    before: {},
    data: {},
    education: [],
    family: [],
    assessments: [],
  };
}

/** A cuid-like id (25 characters, time-ordered prefix), made before the insert. */
export function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`.slice(0, 25);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The plan's fingerprint: the files, everything the report shows, and the versions of the
 * records to update (a record edited after the dry run changes the digest).
 */
export function planDigest(
  fileHashes: readonly string[],
  report: Omit<ImportReport, "digest">,
  updates: readonly PlanUpdate[],
): string {
  const alternatives = (report.creates ?? []).flatMap((c) =>
    (c.possibleDuplicates ?? []).map((d) => [d.cadreId, d.version]),
  );
  const versions = [...updates.map((u) => [u.cadreId, u.version]), ...alternatives];
  return sha256(JSON.stringify({ fileHashes, report, versions })).slice(0, 32);
}

/** The education records to insert: the bulk insert's columns, and the rest (education-extras.ts). */
export function educationCreates(ops: readonly EducationOp[]): Array<{
  row: { fullTime: boolean; level: EducationLevel; degree: Degree; school: string; major: string | null };
  extras: EducationExtras;
}> {
  return ops.flatMap((o) =>
    o.kind === "create"
      ? [
          {
            row: { fullTime: o.fullTime, level: o.level, degree: o.degree, school: o.school, major: o.major },
            extras: {
              degreeDiscipline: o.degreeDiscipline,
              is985: o.is985,
              is211: o.is211,
              isDoubleFirstClass: o.isDoubleFirstClass,
            },
          },
        ]
      : [],
  );
}
