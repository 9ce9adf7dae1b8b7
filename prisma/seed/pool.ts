// The pool (优秀年轻干部库): open entries chosen mostly from young, well-regarded cadres, with
// about a fifth women (D20-POOL-WOMEN ≥20%), some minority and non-CPC cadres, and a few
// deliberate problems (pool-plant.ts). Closed entries and yearly reviews: pool-history.ts.
import type { PoolSource, PoolTier } from "../../lib/generated/prisma/enums";
import { addDays, addYears, dateBetween, day, maxDate, minDate } from "../../tests/factories/dates";
import type { Rng } from "../../tests/factories/random";
import type { SeedContext } from "./context";
import type { Person } from "./model";
import { tierRules, type TierRule } from "./pool-tiers";

export interface PoolMember {
  person: Person;
  tier: PoolTier;
  enteredOn: Date;
  source: PoolSource;
  domain: string;
  entryId: string;
  overrideReason?: string;
}

/** Women per tier: fewer at division level, as in the cadre population (overall ≈22%). */
const WOMEN_SHARE: Record<PoolTier, number> = {
  DIVISION_PRINCIPAL: 0.16,
  DIVISION_DEPUTY: 0.2,
  SECTION: 0.23,
  PRINCIPAL_RESERVE: 0.22,
  DEPUTY_RESERVE: 0.25,
};
const D20_DOMAINS = ["党务", "财政金融", "经济招商", "城市建设管理"];
/** 集中调研 every two years (D20-REVIEW-ANNUAL: every 2–3 years). */
const SURVEYS = [day(2021, 6, 18), day(2023, 6, 16), day(2025, 6, 20)];

function score(rng: Rng, p: Person): number {
  return p.merit + rng.next() * 0.25;
}

function pickTier(rng: Rng, rule: TierRule, people: Person[]): Person[] {
  const free = people.filter((p) => p.status === "SERVING" && !p.inPool);
  const fit = free
    .filter(rule.fits)
    .map((p) => ({ p, s: score(rng, p) }))
    .sort((a, b) => b.s - a.s);
  const size = Math.min(rule.size, Math.ceil(fit.length * 0.8));
  const women = fit.filter((x) => x.p.gender === "FEMALE").slice(0, Math.round(size * WOMEN_SHARE[rule.tier]));
  const chosen = new Set(women.map((x) => x.p));
  // the rest from the men, and only if they run out from the remaining women
  for (const x of [...fit.filter((y) => y.p.gender === "MALE"), ...fit]) {
    if (chosen.size >= size) break;
    chosen.add(x.p);
  }
  const over = free.filter((p) => rule.overAge(p) && !chosen.has(p)).sort((a, b) => b.merit - a.merit);
  for (const p of over.slice(0, rule.overAgeCount)) chosen.add(p);
  return [...chosen];
}

/** At least two minority and two non-CPC members (D20-POOL-MINORITY / -NONPARTY). */
function ensureDiversity(rng: Rng, rules: TierRule[], people: Person[], chosen: Map<Person, PoolTier>): void {
  const needs: ((p: Person) => boolean)[] = [
    (p) => p.row.ethnicity !== "汉族",
    (p) => p.row.politicalStatus === "DEMOCRATIC_PARTY" || p.row.politicalStatus === "NON_PARTY",
  ];
  for (const need of needs) {
    let have = [...chosen.keys()].filter(need).length;
    // below division level: the tiers with room for more members
    for (const rule of rules.filter((r) => r.tier !== "DIVISION_PRINCIPAL" && r.tier !== "DIVISION_DEPUTY")) {
      if (have >= 2) break;
      const extra = people.filter((p) => p.status === "SERVING" && !chosen.has(p) && need(p) && rule.fits(p));
      for (const p of rng.sample(extra, 2 - have)) {
        chosen.set(p, rule.tier);
        have++;
      }
    }
  }
}

function enteredOn(ctx: SeedContext, rng: Rng, p: Person, source: PoolSource): Date {
  const earliest = maxDate(addYears(p.workStartDate, 2), day(2021, 3, 1));
  const latest = addDays(ctx.asOf, -45);
  const surveys = SURVEYS.filter((d) => d.getTime() >= earliest.getTime());
  const d = source === "CONCENTRATED_SURVEY" && surveys.length ? rng.pick(surveys) : dateBetween(rng, earliest, latest);
  return minDate(maxDate(d, earliest), latest);
}

export function selectPool(ctx: SeedContext, people: Person[]): PoolMember[] {
  const rng = ctx.root.fork("pool");
  const rules = tierRules(ctx);
  const chosen = new Map<Person, PoolTier>();
  for (const rule of rules) {
    for (const p of pickTier(rng, rule, people)) {
      chosen.set(p, rule.tier);
      p.inPool = true;
    }
  }
  ensureDiversity(rng, rules, people, chosen);
  const members: PoolMember[] = [];
  for (const [person, tier] of chosen) {
    person.inPool = true;
    const source = rng.table([
      ["CONCENTRATED_SURVEY", 45],
      ["UNIT_RECOMMENDATION", 27],
      ["ORG_INVESTIGATION", 18],
      ["COMPETITIVE_SELECTION", 6],
      ["EXCHANGE", 4],
    ] as const);
    const domain = person.domains.find((d) => D20_DOMAINS.includes(d)) ?? person.domains[0] ?? "党务";
    members.push({
      person,
      tier,
      source,
      domain,
      enteredOn: enteredOn(ctx, rng, person, source),
      entryId: ctx.ids.next("poolEntry"),
    });
  }
  return members;
}

const SOURCE_BASIS: Record<PoolSource, string> = {
  CONCENTRATED_SURVEY: "集中调研中民主推荐得票靠前，经组织部考察研判后入库",
  UNIT_RECOMMENDATION: "单位党组织推荐，组织部考察后入库",
  ORG_INVESTIGATION: "组织部日常了解和专项考察中发现，研判后入库",
  COMPETITIVE_SELECTION: "通过竞争性选拔发现，按程序入库",
  EXCHANGE: "交流任职后表现突出，按程序入库",
  NOMINATION: "经单位推荐和组织程序列入",
};

export function emitPoolEntries(ctx: SeedContext, members: PoolMember[]): void {
  for (const m of members) {
    ctx.rows.poolEntries.push({
      id: m.entryId,
      cadreId: m.person.id,
      tier: m.tier,
      domain: m.domain,
      source: m.source,
      basis: SOURCE_BASIS[m.source],
      overrideReason: m.overrideReason ?? null,
      enteredOn: m.enteredOn,
      ...ctx.stamp,
    });
  }
}
