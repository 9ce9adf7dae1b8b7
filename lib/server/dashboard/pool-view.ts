import "server-only";
import { formatDate } from "@/lib/format/dates";
import { educationLevelLabel, poolTierNamesUnder } from "@/lib/labels";
import { buildPoolDay, educationRank, POOL_TIERS, type PoolDay } from "@/lib/rules";
import type { CountRow, PoolView } from "@/lib/dashboard/model";
import type { Evaluation } from "./evaluate";
import type { Lookup } from "./lookup";
import { toTargetView } from "./target-views";

export const AGING_OUT_SHOWN = 50;

const EDUCATION_BUCKETS = ["DOCTORATE_STUDY", "MASTER_STUDY", "BACHELOR", "JUNIOR_COLLEGE"] as const;

/** The label of each educationRank (lib/rules/education.ts), below 大学专科 one bucket. */
const BUCKET_OF_RANK: readonly string[] = (() => {
  const out = new Array<string>(16).fill("中专及以下");
  for (const l of EDUCATION_BUCKETS) out[educationRank(l)] = educationLevelLabel[l];
  return out;
})();
const BACHELOR_RANK = educationRank("BACHELOR");

/** The active members' highest education completed by asOf (any mode), by bucket. */
function educationShares(day: PoolDay): CountRow[] {
  const counts = new Map<string, number>();
  for (const k of day.active) {
    const bucket = BUCKET_OF_RANK[day.eduAny[k]];
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...EDUCATION_BUCKETS.map((l) => educationLevelLabel[l]), "中专及以下"].map((label) => ({
    label,
    value: counts.get(label) ?? 0,
  }));
}

/** Each tier's members on asOf against its size target (D20-POOL-SIZE, SS12-SIZE), and the totals. */
function tierRows(ev: Evaluation, day: PoolDay): PoolView["tiers"] {
  const sizeRows = ev.pool.rows.filter((r) => r.ruleId === "D20-POOL-SIZE" || r.ruleId === "SS12-SIZE");
  const target = (tier: string) => sizeRows.find((r) => r.key.split(":")[1] === tier);
  const out: PoolView["tiers"] = [];
  const names = poolTierNamesUnder(ev.profile);
  const byTier = new Array<number>(POOL_TIERS.length).fill(0);
  for (const k of day.active) byTier[day.compact.tier[k]] += 1;
  for (const [code, tier] of POOL_TIERS.entries()) {
    const actual = byTier[code];
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
  // the day the rules read (kept by buildPoolDay): its active members and their education on asOf
  const day = buildPoolDay(lookup.entries(), ev.profile, asOf);
  const row = (key: string) => pool.rows.find((r) => r.key === key);
  const tiers = tierRows(ev, day);
  const tierNames = poolTierNamesUnder(ev.profile);
  const women = row("D20-POOL-WOMEN");
  const minority = row("D20-POOL-MINORITY");
  const nonParty = row("D20-POOL-NONPARTY");
  const required = new Map(
    pool.rows
      .filter((r) => r.ruleId === "D20-POOL-DOMAINS" || r.ruleId === "SS12-DOMAINS")
      .map((r) => [r.key.split(":")[1], r.status]),
  );
  const byCode = new Array<number>(day.compact.domains.length).fill(0);
  const firstSeen: number[] = [];
  let bachelor = 0;
  for (const k of day.active) {
    const code = day.compact.domain[k];
    if (byCode[code]++ === 0) firstSeen.push(code);
    if (day.eduFullTime[k] >= BACHELOR_RANK) bachelor += 1;
  }
  // in the order the active entries first name them (ties keep it below)
  const domainCounts = new Map<string, number>();
  for (const code of firstSeen) {
    const domain = day.compact.domains[code];
    if (domain) domainCounts.set(domain, byCode[code]);
  }
  for (const d of required.keys()) if (!domainCounts.has(d)) domainCounts.set(d, 0);

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
    education: educationShares(day),
    fullTimeBachelor: { count: bachelor, n: day.active.length },
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
