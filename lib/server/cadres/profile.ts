import "server-only";
// One cadre's whole file for the 干部档案 page and the editor, in one scoped read. The include
// is a superset of CADRE_FACTS_INCLUDE, so the eligibility panel maps the same row to rules
// facts (toCadreFacts) instead of loading the cadre a second time.
// Security labels: what leaves this module is the labelled view (labelCadre): the sets above
// the reader's clearance are taken out here, and each withheld set is recorded as refused.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { evaluateEligibility, type EligibilityReport } from "@/lib/cadres/eligibility";
import { redactReport } from "@/lib/cadres/labelled-checks";
import { auditLabelDenials } from "@/lib/server/authz/labels";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { refusedRead } from "@/lib/server/audit";
import { toCadreFacts } from "@/lib/server/facts";
import type { ResolvedProfile } from "@/lib/rules";
import { labelCadre, type CadreView } from "./labelled-view";

export const PROFILE_INCLUDE = {
  unit: { select: { id: true, name: true, type: true } },
  educationRecords: { orderBy: [{ fullTime: "desc" }, { startDate: "asc" }, { id: "asc" }] },
  appointments: {
    include: { post: { include: { unit: { select: { id: true, name: true, type: true } } } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  },
  assessments: { orderBy: { year: "asc" } },
  // rows archived as 作废 (entered in error) are in no view and feed no rule
  sanctions: { where: { archivedAt: null }, orderBy: { decidedOn: "asc" } },
  familyMembers: { where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  personalMattersReports: { where: { archivedAt: null }, orderBy: { year: "asc" } },
  trainingAttendances: { include: { training: true }, orderBy: { training: { startDate: "asc" } } },
  practices: { include: { hostUnit: { select: { name: true, type: true } } }, orderBy: { startDate: "asc" } },
  talks: { orderBy: { talkedOn: "asc" } },
  poolEntries: { include: { reviews: { orderBy: { year: "asc" } } }, orderBy: { enteredOn: "asc" } },
  rankRecords: { where: { archivedAt: null }, orderBy: [{ startDate: "asc" }, { id: "asc" }] },
} satisfies Prisma.CadreInclude;

/** The unlabelled row: stays in lib/server (print passes it through labelCadre before rendering). */
export type CadreProfile = Prisma.CadreGetPayload<{ include: typeof PROFILE_INCLUDE }>;
export type { CadreView } from "./labelled-view";

export interface CadreFile {
  cadre: CadreView;
  /**
   * 任职资格研判 on a reference date, computed from the whole record (a verdict may rest on a
   * withheld set) and then redacted: such a check keeps its verdict and rule id, not its details.
   */
  eligibility(profile: ResolvedProfile, asOf: Date): EligibilityReport;
}

/**
 * The cadre's file as this actor may read it. `purpose` goes into the refusal rows, so an
 * auditor tells a page view from an edit form.
 */
export async function getCadreFile(actor: Actor, id: string, purpose: "view" | "edit" = "view"): Promise<CadreFile> {
  const row = await prisma.cadre.findFirst({ where: { AND: [{ id }, cadreScope(actor)] }, include: PROFILE_INCLUDE });
  if (!row) throw await refusedRead(actor, "Cadre", id, "干部");
  const cadre = labelCadre(row, actor.clearance);
  await auditLabelDenials(actor, { type: "Cadre", id: row.id }, cadre.withheld, { purpose });
  return {
    cadre,
    eligibility: (profile, asOf) =>
      redactReport(evaluateEligibility(toCadreFacts(row), profile, asOf), cadre.withheld).report,
  };
}
