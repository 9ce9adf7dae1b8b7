import "server-only";
// `npm run db:check` for the 院校代码表: education records whose 985/211/双一流 flags disagree
// with the table as it stands (records written before the table existed), and with --fix their
// recompute, with Cadre.hasEliteDegree, in one audited transaction without an acting user.
import { writeAudit } from "@/lib/server/audit";
import { prisma } from "@/lib/server/db";
import { countSchoolFlagDrift, recomputeAllSchoolFlags } from "./elite-flags";
import { loadSchoolMatcher } from "./school-table";

export async function findSchoolFlagDrift(): Promise<number> {
  return countSchoolFlagDrift(prisma, await loadSchoolMatcher());
}

export async function fixSchoolFlagDrift(
  by = "npm run db:check -- --fix",
): Promise<{ records: number; cadres: number }> {
  return prisma.$transaction(async (tx) => {
    const changed = await recomputeAllSchoolFlags(tx, await loadSchoolMatcher(tx));
    if (changed.records)
      await writeAudit(tx, {
        actor: null,
        ip: null,
        userAgent: by,
        action: "school.recompute",
        objectType: "School",
        objectId: null,
        result: "SUCCESS",
        diff: { records: changed.records, cadres: changed.cadres },
      });
    return changed;
  });
}
