import "server-only";
// The stored side of a 任免审批表 import: cadres matched by 身份证号 hash with everything a form
// holds (family, assessments, photo, imported 简历 lines, and the appointments and education
// that generate the rest of the 简历), read through the actor's scope.
import { generatedResumeLines } from "@/lib/cadres/form-resume";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResumeLine } from "@/lib/lrmx/resume";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { ids5000, STORED_CADRE_SELECT, takenHashes } from "./existing-cadres";

const FORM_CADRE_SELECT = {
  ...STORED_CADRE_SELECT,
  resumeLines: true,
  photo: true,
  educationRecords: {
    select: {
      id: true,
      version: true,
      fullTime: true,
      level: true,
      degree: true,
      degreeDiscipline: true,
      school: true,
      major: true,
      startDate: true,
      graduationDate: true,
    },
    orderBy: { id: "asc" },
  },
  familyMembers: {
    where: { archivedAt: null },
    select: {
      id: true,
      version: true,
      relation: true,
      name: true,
      birthDate: true,
      politicalStatus: true,
      workplaceAndPost: true,
      deceased: true,
    },
    orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }],
  },
  assessments: { select: { year: true, grade: true, version: true } },
  approvalForm: {
    select: {
      id: true,
      version: true,
      proposedPost: true,
      proposedRemoval: true,
      reason: true,
      reportingUnit: true,
      preparedBy: true,
      preparedOn: true,
      ageReferenceDate: true,
    },
  },
  sanctions: {
    where: { archivedAt: null },
    select: { kind: true, decidedOn: true, authority: true, tolerated: true, revokedAt: true },
  },
  appointments: {
    select: { startDate: true, endDate: true, post: { select: { title: true, unit: { select: { name: true } } } } },
    orderBy: { startDate: "asc" },
  },
} satisfies Prisma.CadreSelect;

type Row = Awaited<ReturnType<typeof findForms>>[number];
export type StoredForm = Row & { generatedResume: ResumeLine[] };

function findForms(actor: Actor, ids: string[]) {
  return prisma.cadre.findMany({
    where: { AND: [cadreScope(actor, "update"), { id: { in: ids } }] },
    select: FORM_CADRE_SELECT,
  });
}

const withResume = (c: Row): StoredForm => ({
  ...c,
  generatedResume: generatedResumeLines(
    c.educationRecords,
    c.appointments.map((a) => ({
      startDate: a.startDate,
      endDate: a.endDate,
      unitName: a.post.unit.name,
      title: a.post.title,
    })),
  ),
});

export async function loadFormCadres(
  actor: Actor,
  hashes: readonly string[],
): Promise<{ editable: Map<string, StoredForm>; elsewhere: Set<string> }> {
  const taken = await takenHashes(hashes);
  const editable = new Map<string, StoredForm>();
  for (const chunk of ids5000(taken)) {
    for (const c of await findForms(actor, chunk)) editable.set(c.idNumberHash!, withResume(c));
  }
  return {
    editable,
    elsewhere: new Set(taken.filter((t) => !editable.has(t.idNumberHash)).map((t) => t.idNumberHash)),
  };
}

/** Cadres the actor may update, by id (the possible duplicates a form may turn out to be). */
export async function loadFormCadresById(actor: Actor, ids: readonly string[]): Promise<Map<string, StoredForm>> {
  const out = new Map<string, StoredForm>();
  if (ids.length) for (const c of await findForms(actor, [...new Set(ids)])) out.set(c.id, withResume(c));
  return out;
}
