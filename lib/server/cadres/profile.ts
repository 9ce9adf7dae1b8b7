import "server-only";
// One cadre's whole file for the 干部档案 page, in one scoped read. The include is a superset
// of CADRE_FACTS_INCLUDE, so the eligibility panel maps the same row to rules facts
// (toCadreFacts) instead of loading the cadre a second time.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { cadreScope } from "@/lib/server/authz/scope";
import { prisma } from "@/lib/server/db";
import { refusedRead } from "@/lib/server/audit";

export const PROFILE_INCLUDE = {
  unit: { select: { id: true, name: true, type: true } },
  educationRecords: { orderBy: [{ fullTime: "desc" }, { startDate: "asc" }, { id: "asc" }] },
  appointments: {
    include: { post: { include: { unit: { select: { id: true, name: true, type: true } } } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  },
  assessments: { orderBy: { year: "asc" } },
  sanctions: { orderBy: { decidedOn: "asc" } },
  familyMembers: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
  personalMattersReports: { orderBy: { year: "asc" } },
  trainingAttendances: { include: { training: true }, orderBy: { training: { startDate: "asc" } } },
  practices: { include: { hostUnit: { select: { name: true, type: true } } }, orderBy: { startDate: "asc" } },
  talks: { orderBy: { talkedOn: "asc" } },
  poolEntries: { include: { reviews: { orderBy: { year: "asc" } } }, orderBy: { enteredOn: "asc" } },
} satisfies Prisma.CadreInclude;

export type CadreProfile = Prisma.CadreGetPayload<{ include: typeof PROFILE_INCLUDE }>;

export async function getCadreProfile(actor: Actor, id: string): Promise<CadreProfile> {
  const cadre = await prisma.cadre.findFirst({ where: { AND: [{ id }, cadreScope(actor)] }, include: PROFILE_INCLUDE });
  if (!cadre) throw await refusedRead(actor, "Cadre", id, "干部");
  return cadre;
}
