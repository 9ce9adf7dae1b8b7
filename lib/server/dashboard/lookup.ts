import "server-only";
// Turns the ids behind a figure (units, posts, promotions, cadres, pool entries) into what a
// leader reads in the drill-down: "青禾区青龙街道 — 班子最年轻成员45岁".
import { formatDate } from "@/lib/format/dates";
import { poolTierLabel, rankLabel } from "@/lib/labels";
import {
  ageOn,
  staffCadreById,
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
import { allSorted, findSorted, sortedBy } from "@/lib/dashboard/sorted-search";

const DIVISION = new Set(["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]);
const SECTION = new Set(["SECTION_PRINCIPAL", "SECTION_DEPUTY"]);

const byId = (x: { id: string }) => x.id;
const byPost = (a: StaffingAppointmentFact) => a.postId;

// Indexes that depend only on one facts array, kept while that array lives: every day and every
// reader computed from the same facts shares them.
const postsByUnitOf = new WeakMap<readonly PostFact[], Map<string, PostFact[]>>();

/**
 * Nothing is indexed up front: after a change the facts are new arrays, and indexing all of them
 * (1.5 million appointments at 500,000 cadres) cost the first reader ≈ 0.2 s. Units, posts and a
 * post's appointments are found by binary search in the sorted facts (sorted-search.ts), a
 * cadre through the rules' compact arrays of the same facts, the rest indexed on first use.
 */
export class Lookup {
  private readonly s: DashboardFacts["staffing"];
  private readonly sorted: boolean;
  private readonly entryList: readonly PoolEntryFact[];
  private readonly promotion: (id: string) => PromotionFact | undefined;

  constructor(
    f: DashboardFacts,
    readonly asOf: Date,
  ) {
    this.s = f.staffing;
    this.sorted = f.sortedById;
    this.entryList = f.entries;
    // the data state's index of promotions: the day's list of 37,000 at 500,000 cadres is not indexed again
    this.promotion = f.promotionOf;
  }

  unit(id: string): UnitFact | undefined {
    return findSorted(sortedBy(this.s.units, byId, this.sorted), id, byId);
  }

  private post(id: string): PostFact | undefined {
    return findSorted(sortedBy(this.s.posts, byId, this.sorted), id, byId);
  }

  /** The appointments of a post running on asOf. */
  private holders(postId: string): StaffingAppointmentFact[] {
    const t = this.asOf.getTime();
    return allSorted(sortedBy(this.s.appointments, byPost, this.sorted), postId, byPost).filter(
      (a) => a.startDate.getTime() <= t && !(a.endDate && a.endDate.getTime() < t),
    );
  }

  private cadre(id: string): StaffCadreFact | undefined {
    return staffCadreById(this.s.units, this.s.posts, this.s.appointments, id);
  }

  private postsOfUnit(unitId: string): PostFact[] {
    let m = postsByUnitOf.get(this.s.posts);
    if (!m) {
      m = new Map();
      for (const p of this.s.posts) {
        const list = m.get(p.unitId);
        if (list) list.push(p);
        else m.set(p.unitId, [p]);
      }
      postsByUnitOf.set(this.s.posts, m);
    }
    return m.get(unitId) ?? [];
  }

  entry(id: string): PoolEntryFact | undefined {
    return findSorted(sortedBy(this.entryList, byId, this.sorted), id, byId);
  }

  /** The day's pool entries (the reader's recusals left out). */
  entries(): readonly PoolEntryFact[] {
    return this.entryList;
  }

  private age(c: { birthDate: Date }): number {
    return ageOn(c.birthDate, this.asOf);
  }

  /** Cadres whose names the item for (subject, id) shows. */
  cadreIdsOf(subject: RowSubject, id: string): string[] {
    if (subject === "POST") return this.holders(id).map((a) => a.cadre.id);
    if (subject === "PROMOTION") return [this.promotion(id)?.cadreId ?? ""].filter(Boolean);
    if (subject === "CADRE") return [id];
    if (subject === "ENTRY") return [this.entry(id)?.cadre.id ?? ""].filter(Boolean);
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
        return { id, label: this.unit(id)?.name ?? id, detail: this.unitDetail(id, ruleId, kj?.get(id)) };
      case "POST": {
        const p = this.post(id);
        const hs = this.holders(id);
        const detail = hs.length
          ? `现任 ${hs.map((a) => `${name(a.cadre.id)}（${this.age(a.cadre)}岁）`).join("、")}`
          : "空缺";
        return { id, label: p ? `${this.unit(p.unitId)?.name ?? ""} ${p.title}` : id, detail };
      }
      case "PROMOTION": {
        const x = this.promotion(id);
        if (!x) return { id, label: id };
        const unit = this.unit(x.unitId)?.name ?? "";
        return {
          id,
          label: name(x.cadreId),
          detail: `${formatDate(x.promotedOn)} 任${unit}${rankLabel[x.toRank]}职务，时年${ageOn(x.birthDate, x.promotedOn)}岁`,
        };
      }
      case "CADRE": {
        const c = this.cadre(id);
        return { id, label: name(id), detail: c ? `${this.age(c)}岁` : undefined };
      }
      case "ENTRY": {
        const e = this.entry(id);
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
    const posts = this.postsOfUnit(unitId).filter((p) => p.isLeadership !== false);
    const ages = (ps: PostFact[]) => ps.flatMap((p) => this.holders(p.id).map((a) => this.age(a.cadre)));
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
