import "server-only";
import { formatDate } from "@/lib/format/dates";
import { educationLevelLabel, poolTierNamesUnder } from "@/lib/labels";
import { educationRank, highestEducation, POOL_TIERS, type PoolEntryFact } from "@/lib/rules";
import type { CountRow, PoolView } from "@/lib/dashboard/model";
import type { Evaluation } from "./evaluate";
import type { Lookup } from "./lookup";
import { toTargetView } from "./target-views";

export const AGING_OUT_SHOWN = 50;

const EDUCATION_BUCKETS = ["DOCTORATE_STUDY", "MASTER_STUDY", "BACHELOR", "JUNIOR_COLLEGE"] as const;

/** Each entry's education on a day (its bucket, any mode; 全日制本科+), kept per entry object: a change replaces few. */
const educationByDay = new Map<number, WeakMap<PoolEntryFact, { bucket: string; fullTimeBachelor: boolean }>>();
const DAYS_KEPT = 8;

function educationOf(e: PoolEntryFact, asOf: Date): { bucket: string; fullTimeBachelor: boolean } {
  let memo = educationByDay.get(asOf.getTime());
  if (!memo) {
    educationByDay.set(asOf.getTime(), (memo = new WeakMap()));
    if (educationByDay.size > DAYS_KEPT) educationByDay.delete(educationByDay.keys().next().value!);
  }
  let edu = memo.get(e);
  if (!edu) {
    const best = highestEducation(e.cadre.education ?? [], { fullTimeOnly: false }, asOf);
    const fullTime = highestEducation(e.cadre.education ?? [], { fullTimeOnly: true }, asOf);
    edu = {
      bucket:
        best && educationRank(best.level) >= educationRank("JUNIOR_COLLEGE")
          ? educationLevelLabel[best.level]
          : "中专及以下",
      fullTimeBachelor: fullTime != null && educationRank(fullTime.level) >= educationRank("BACHELOR"),
    };
    memo.set(e, edu);
  }
  return edu;
}

function educationShares(active: PoolEntryFact[], asOf: Date): CountRow[] {
  const counts = new Map<string, number>();
  for (const e of active) {
    const bucket = educationOf(e, asOf).bucket;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...EDUCATION_BUCKETS.map((l) => educationLevelLabel[l]), "中专及以下"].map((label) => ({
    label,
    value: counts.get(label) ?? 0,
  }));
}

/** Each tier's members on asOf against its size target (D20-POOL-SIZE, SS12-SIZE), and the totals. */
function tierRows(ev: Evaluation, active: PoolEntryFact[]): PoolView["tiers"] {
  const sizeRows = ev.pool.rows.filter((r) => r.ruleId === "D20-POOL-SIZE" || r.ruleId === "SS12-SIZE");
  const target = (tier: string) => sizeRows.find((r) => r.key.split(":")[1] === tier);
  const out: PoolView["tiers"] = [];
  const names = poolTierNamesUnder(ev.profile);
  for (const tier of POOL_TIERS) {
    const actual = active.filter((e) => e.tier === tier).length;
    const r = target(tier);
    if (actual === 0 && !r) continue;
    out.push({
      label: names[tier],
      actual,
      target: r?.target.count ?? null,
      metAt: r?.target.metAt ?? null,
      status: r?.status ?? null,
    });
  }
  for (const r of sizeRows.filter((x) => x.key.endsWith(":TOTAL"))) {
    const label = r.ruleId === "SS12-SIZE" ? "科级后备合计" : "科级以上合计";
    out.push({ label, actual: r.actual.count, target: r.target.count, metAt: r.target.metAt, status: r.status });
  }
  return out;
}

export function poolView(ev: Evaluation, lookup: Lookup, names: Map<string, string>): PoolView {
  const { pool, asOf } = ev;
  const t = asOf.getTime();
  const active = lookup
    .entries()
    .filter((e) => e.enteredOn.getTime() <= t && (e.closedOn == null || e.closedOn.getTime() > t));
  const row = (key: string) => pool.rows.find((r) => r.key === key);
  const tiers = tierRows(ev, active);
  const tierNames = poolTierNamesUnder(ev.profile);
  const women = row("D20-POOL-WOMEN");
  const minority = row("D20-POOL-MINORITY");
  const nonParty = row("D20-POOL-NONPARTY");
  const required = new Map(
    pool.rows
      .filter((r) => r.ruleId === "D20-POOL-DOMAINS" || r.ruleId === "SS12-DOMAINS")
      .map((r) => [r.key.split(":")[1], r.status]),
  );
  const domainCounts = new Map<string, number>();
  for (const e of active) if (e.domain) domainCounts.set(e.domain, (domainCounts.get(e.domain) ?? 0) + 1);
  for (const d of required.keys()) if (!domainCounts.has(d)) domainCounts.set(d, 0);
  const bachelor = active.filter((e) => educationOf(e, asOf).fullTimeBachelor).length;

  return {
    activeCount: pool.activeCount,
    tiers,
    women: women
      ? { count: women.actual.count, n: women.target.n, targetRatio: women.target.ratio ?? 0, status: women.status }
      : null,
    minority: minority
      ? { count: minority.actual.count, target: minority.target.count, status: minority.status }
      : null,
    nonParty: nonParty
      ? { count: nonParty.actual.count, target: nonParty.target.count, status: nonParty.status }
      : null,
    education: educationShares(active, asOf),
    fullTimeBachelor: { count: bachelor, n: active.length },
    domains: [...domainCounts.entries()]
      .map(([domain, count]) => ({
        domain,
        count,
        required: required.has(domain),
        status: required.get(domain) ?? null,
      }))
      .sort((a, b) => Number(b.required) - Number(a.required) || b.count - a.count),
    ageBands: pool.ageBands.map((b) => ({ label: b.label, male: b.male, female: b.female })),
    agingOut: ev.agingOut.slice(0, AGING_OUT_SHOWN).map((a) => ({
      entryId: a.entryId,
      name: names.get(a.cadreId) ?? "（回避）",
      tier: tierNames[a.tier],
      maxAge: a.maxAge,
      exceedsOn: formatDate(a.exceedsOn),
      alreadyOver: a.alreadyOver,
      ruleId: a.ruleId,
    })),
    agingOutTotal: ev.agingOut.length,
    rows: pool.rows.map((r) => toTargetView(r, lookup, names)),
  };
}
