// Deliberate problems among open pool entries, one of each, so that the pool rules and the
// candidate checks have cases to show: a 基本称职 year and a sanction in effect (ZZ15-EXCL),
// a 裸官 (ZZ15-EXCL), a false personal-matters report (ZZ15-PMR), a recorded problem
// (D20-MGMT-RECORD), a tolerated mistake that must NOT count (D20-MGMT-ERROR-TOLERANCE),
// low public recognition, and a listing below 全日制本科 with a recorded override (D20-EDU).
import { addDays } from "../../tests/factories/dates";
import type { SeedContext } from "./context";
import type { PoolMember } from "./pool";

export interface PlantedCase {
  rule: string;
  cadreId: string;
  name: string;
  note: string;
}

export function plantPoolProblems(ctx: SeedContext, members: PoolMember[]): PlantedCase[] {
  const rng = ctx.root.fork("pool-plant");
  const cases: PlantedCase[] = [];
  const used = new Set<PoolMember>();
  const take = (filter: (m: PoolMember) => boolean): PoolMember | undefined => {
    const options = members.filter((m) => !used.has(m) && filter(m));
    const m = options.length ? rng.pick(options) : undefined;
    if (m) used.add(m);
    return m;
  };
  const note = (m: PoolMember | undefined, rule: string, text: string) => {
    if (m) cases.push({ rule, cadreId: m.person.id, name: m.person.row.name, note: text });
  };

  // the most junior tier of either document (only the active profile's tiers are seeded)
  const junior = (m: PoolMember) => m.tier === "SECTION" || m.tier === "DEPUTY_RESERVE";
  const basic = take((m) => m.tier === "SECTION");
  if (basic) basic.person.planned.basicAssessmentYear = 2024;
  note(basic, "ZZ15-EXCL", "2024年度考核基本称职");

  const sanctioned = take(junior);
  if (sanctioned) sanctioned.person.planned.sanction = { kind: "PARTY_WARNING", decidedOn: addDays(ctx.asOf, -100) };
  note(sanctioned, "ZZ15-EXCL", "党内警告处分，影响期未满");

  const naked = take((m) => (m.tier === "PRINCIPAL_RESERVE" || m.tier === "DIVISION_DEPUTY") && m.person.age >= 33);
  if (naked) naked.person.planned.naked = "SPOUSE";
  note(naked, "ZZ15-EXCL", "配偶已移居国（境）外（裸官）");

  const pmr = take((m) => m.tier === "DIVISION_DEPUTY");
  if (pmr) pmr.person.planned.pmrFalseYear = ctx.asOf.getUTCFullYear();
  note(pmr, "ZZ15-PMR", "个人有关事项报告查核发现漏报");

  const talk = take(junior);
  if (talk) talk.person.planned.problemTalk = true;
  note(talk, "D20-MGMT-RECORD", "提醒谈话中记录在案的问题（自我设计、拈轻怕重等）");

  const tolerated = take((m) => m.tier === "SECTION" || m.tier === "DIVISION_DEPUTY");
  if (tolerated) {
    tolerated.person.planned.sanction = { kind: "GOV_WARNING", decidedOn: addDays(ctx.asOf, -210), tolerated: true };
    tolerated.person.planned.toleratedTalk = true;
  }
  note(tolerated, "D20-MGMT-ERROR-TOLERANCE", "政务警告经认定容错，不应影响使用");

  const low = take(junior);
  if (low) low.person.row.lowPublicRecognition = true;
  note(low, "ZZ15-EXCL", "民主测评群众公认度不高");

  const edu = take((m) => !m.person.fullTimeBachelor && (m.tier === "SECTION" || m.tier === "DIVISION_DEPUTY"));
  if (edu) edu.overrideReason = "全日制学历为大专，在职取得本科学历；在征迁安置一线表现突出，经部务会研究同意入库";
  note(edu, "D20-EDU", "全日制学历低于本科，记录了入库理由");
  return cases;
}
