// What the virtual users work on, read once from the seeded database as its owner: the demo
// accounts, every cadre (id, unit, the basic form values and version for edits), open pool
// entries, and the years each cadre already has an assessment for. Edits are spread over
// disjoint slices of cadres, one slice per editing user, so two users never race on one
// record and any conflict or error is a real one.
import { PrismaPg } from "@prisma/adapter-pg";
import { basicValues } from "../../../lib/cadres/form-values";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import type { Role } from "../../../lib/generated/prisma/enums";

export type BasicValues = ReturnType<typeof basicValues>;

export interface EditableCadre {
  id: string;
  unitId: string | null;
  values: BasicValues;
  /** years that already have an assessment (unique per cadre and year) */
  assessedYears: Set<number>;
}

/** A nomination one user moves on by one step (no rule checks on these two steps). */
export interface AdvanceableNomination {
  id: string;
  version: number;
  from: "PROPOSED" | "INVESTIGATED";
}

export interface LoadFixtures {
  accounts: Record<"ORG_STAFF" | "UNIT" | "LEADER", { username: string; unitId: string | null }>;
  allCadreIds: string[];
  unitCadreIds: string[];
  poolEntryIds: string[];
  unitIds: string[];
  editable: Map<string, EditableCadre>;
  nominationIds: string[];
  advanceable: AdvanceableNomination[];
}

export async function loadFixtures(ownerUrl: string): Promise<LoadFixtures> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl, max: 2 }) });
  try {
    const users = await prisma.user.findMany({
      where: { isDemo: true },
      select: { username: true, role: true, unitId: true },
    });
    const account = (role: Role) => {
      const u = users.find((x) => x.role === role);
      if (!u) throw new Error(`the seed has no demo ${role} account`);
      return { username: u.username, unitId: u.unitId };
    };
    const accounts = { ORG_STAFF: account("ORG_STAFF"), UNIT: account("UNIT"), LEADER: account("LEADER") };
    const cadres = await prisma.cadre.findMany({ where: { status: "SERVING" }, orderBy: { id: "asc" } });
    const assessments = await prisma.assessment.findMany({ select: { cadreId: true, year: true } });
    const years = new Map<string, Set<number>>();
    for (const a of assessments) (years.get(a.cadreId) ?? years.set(a.cadreId, new Set()).get(a.cadreId)!).add(a.year);
    const editable = new Map<string, EditableCadre>();
    for (const c of cadres) {
      // basicValues reads only columns of the Cadre row.
      editable.set(c.id, {
        id: c.id,
        unitId: c.unitId,
        values: basicValues(c as never),
        assessedYears: years.get(c.id) ?? new Set(),
      });
    }
    const entries = await prisma.poolEntry.findMany({ where: { closedOn: null }, select: { id: true } });
    const units = await prisma.unit.findMany({ where: { archivedAt: null }, select: { id: true } });
    const nominations = await prisma.nomination.findMany({
      select: { id: true, version: true, stage: true, method: true },
      orderBy: { id: "asc" },
    });
    const advanceable = nominations.flatMap((n): AdvanceableNomination[] =>
      (n.stage === "PROPOSED" && n.method) || n.stage === "INVESTIGATED"
        ? [{ id: n.id, version: n.version, from: n.stage as "PROPOSED" | "INVESTIGATED" }]
        : [],
    );
    return {
      accounts,
      allCadreIds: cadres.map((c) => c.id),
      unitCadreIds: cadres.filter((c) => c.unitId === accounts.UNIT.unitId).map((c) => c.id),
      poolEntryIds: entries.map((e) => e.id),
      unitIds: units.map((u) => u.id),
      editable,
      nominationIds: nominations.map((n) => n.id),
      advanceable,
    };
  } finally {
    await prisma.$disconnect();
  }
}

/** Splits `ids` into `n` disjoint slices (round robin). */
export function slices<T>(ids: readonly T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  ids.forEach((id, i) => out[i % n].push(id));
  return out;
}
