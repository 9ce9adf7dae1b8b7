import "server-only";
// Turns the ids behind a figure (units, posts, promotions, cadres, pool entries) into what a
// leader reads in the drill-down: "青禾区青龙街道 — 班子最年轻成员45岁".
import { formatDate } from "@/lib/format/dates";
import { poolTierLabel, rankLabel } from "@/lib/labels";
import {
  ageOn,
  type KjUnitDetail,
  type PoolEntryFact,
  type PostFact,
  type PromotionFact,
  type RowSubject,
  type StaffCadreFact,
  type StaffingAppointmentFact,
  type UnitFact,
} from "@/lib/rules";
import type { DrillItem } from "@/lib/dashboard/model";
import type { DashboardFacts } from "./facts-on";

const DIVISION = new Set(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]);
const SECTION = new Set(["SECTION_PRINCIPAL", "SECTION_DEPUTY"]);

export class Lookup {
  readonly units: Map<string, UnitFact>;
  readonly posts: Map<string, PostFact>;
  private readonly postsByUnit = new Map<string, PostFact[]>();
  private readonly holders = new Map<string, StaffingAppointmentFact[]>();
  private readonly cadres = new Map<string, StaffCadreFact>();
  private readonly promotions: Map<string, PromotionFact>;
  readonly entries: Map<string, PoolEntryFact>;

  constructor(
    f: DashboardFacts,
    readonly asOf: Date,
  ) {
    const s = f.staffing;
    this.units = new Map(s.units.map((u) => [u.id, u]));
    this.posts = new Map(s.posts.map((p) => [p.id, p]));
    for (const p of s.posts) {
      const list = this.postsByUnit.get(p.unitId);
      if (list) list.push(p);
      else this.postsByUnit.set(p.unitId, [p]);
    }
    const t = asOf.getTime();
    for (const a of s.appointments) {
      this.cadres.set(a.cadre.id, a.cadre);
      if (a.startDate.getTime() > t || (a.endDate && a.endDate.getTime() < t)) continue;
      const list = this.holders.get(a.postId);
      if (list) list.push(a);
      else this.holders.set(a.postId, [a]);
    }
    this.promotions = new Map(s.promotions.map((p) => [p.id, p]));
    this.entries = new Map(f.entries.map((e) => [e.id, e]));
  }

  private age(c: { birthDate: Date }): number {
    return ageOn(c.birthDate, this.asOf);
  }

  /** Cadres whose names the item for (subject, id) shows. */
  cadreIdsOf(subject: RowSubject, id: string): string[] {
    if (subject === "POST") return (this.holders.get(id) ?? []).map((a) => a.cadre.id);
    if (subject === "PROMOTION") return [this.promotions.get(id)?.cadreId ?? ""].filter(Boolean);
    if (subject === "CADRE") return [id];
    if (subject === "ENTRY") return [this.entries.get(id)?.cadre.id ?? ""].filter(Boolean);
    return [];
  }

  item(
    subject: RowSubject,
    id: string,
    ruleId: string,
    names: Map<string, string>,
    kj?: Map<string, KjUnitDetail>,
  ): DrillItem {
    const name = (cadreId: string) => names.get(cadreId) ?? "（回避）";
    switch (subject) {
      case "UNIT":
        return { id, label: this.units.get(id)?.name ?? id, detail: this.unitDetail(id, ruleId, kj?.get(id)) };
      case "POST": {
        const p = this.posts.get(id);
        const hs = this.holders.get(id) ?? [];
        const detail = hs.length
          ? `现任 ${hs.map((a) => `${name(a.cadre.id)}（${this.age(a.cadre)}岁）`).join("、")}`
          : "空缺";
        return { id, label: p ? `${this.units.get(p.unitId)?.name ?? ""} ${p.title}` : id, detail };
      }
      case "PROMOTION": {
        const x = this.promotions.get(id);
        if (!x) return { id, label: id };
        const unit = this.units.get(x.unitId)?.name ?? "";
        return {
          id,
          label: name(x.cadreId),
          detail: `${formatDate(x.promotedOn)} 任${unit}${rankLabel[x.toRank]}职务，时年${ageOn(x.birthDate, x.promotedOn)}岁`,
        };
      }
      case "CADRE": {
        const c = this.cadres.get(id);
        return { id, label: name(id), detail: c ? `${this.age(c)}岁` : undefined };
      }
      case "ENTRY": {
        const e = this.entries.get(id);
        return e
          ? { id, label: name(e.cadre.id), detail: `${poolTierLabel[e.tier]} · ${this.age(e.cadre)}岁` }
          : { id, label: id };
      }
      default:
        return { id, label: id };
    }
  }

  /** The ages that decide a unit's row: the team's youngest, the principal's, or the 科级 leaders'. */
  private unitDetail(unitId: string, ruleId: string, kj?: KjUnitDetail): string {
    const posts = (this.postsByUnit.get(unitId) ?? []).filter((p) => p.isLeadership !== false);
    const ages = (ps: PostFact[]) => ps.flatMap((p) => (this.holders.get(p.id) ?? []).map((a) => this.age(a.cadre)));
    const youngest = (ps: PostFact[]) => (ages(ps).length ? `${Math.min(...ages(ps))}岁` : "无人在任");
    if (ruleId.startsWith("D20-ST-KJ")) {
      const text = `科级领导最年轻 ${youngest(posts.filter((p) => SECTION.has(p.rank)))}`;
      if (!kj) return text;
      if (kj.state === "OVERDUE") return `${text}；出现空缺后未按期配备（应于${kj.deadline}前）`;
      if (kj.state === "PENDING") return `${text}；${kj.deadline ? `应于${kj.deadline}前配备` : "现有空缺，待配备"}`;
      return `${text}；暂无空缺`;
    }
    const divisional = posts.some((p) => DIVISION.has(p.rank));
    const team = divisional ? posts.filter((p) => DIVISION.has(p.rank)) : posts;
    if (ruleId === "D20-ST-DEPT-HEAD-40") return `正职 ${youngest(team.filter((p) => p.isPrincipal))}`;
    return `班子最年轻成员 ${youngest(team)}`;
  }
}
