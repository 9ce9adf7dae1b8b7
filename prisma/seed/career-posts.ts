// Choosing the post of an earlier appointment: a post of the right level, in the same unit or
// a comparable one, preferably not held by someone else at the time (each post records who
// held it when, so one 科长 post does not get two concurrent holders).
import type { Rng } from "../../tests/factories/random";
import { RANK_ORDER, type PostMeta, type UnitMeta } from "./model";

const FOREVER = 8.64e15;

/** 0 staff, 0.5 school 中层, 1 副科, 2 正科, 3 副处, 4 正处 */
export function levelOf(post: PostMeta): number {
  return post.kind === "middle" ? 0.5 : RANK_ORDER[post.rank];
}

export class PostBook {
  private readonly held = new Map<string, [number, number][]>();
  private readonly byLevel = new Map<string, PostMeta[]>();
  private readonly similar = new Map<string, UnitMeta[]>();
  /** each unit's place in its family's list */
  private readonly place = new Map<UnitMeta, number>();

  constructor(units: UnitMeta[]) {
    for (const u of units) {
      const key = this.family(u);
      const list = this.similar.get(key) ?? [];
      this.place.set(u, list.length);
      list.push(u);
      this.similar.set(key, list);
    }
    for (const u of units) {
      for (const p of [...u.principals, ...u.deputies, ...u.sectionPosts]) {
        const key = `${u.divisionLevel}:${levelOf(p)}`;
        const list = this.byLevel.get(key) ?? [];
        list.push(p);
        this.byLevel.set(key, list);
      }
    }
  }

  occupy(post: PostMeta, from: Date, to: Date | null): void {
    if (post.kind === "staff") return; // many people share a non-leadership post
    const list = this.held.get(post.id) ?? [];
    list.push([from.getTime(), to ? to.getTime() : FOREVER]);
    this.held.set(post.id, list);
  }

  isFree(post: PostMeta, from: Date, to: Date): boolean {
    if (post.kind === "staff") return true;
    const list = this.held.get(post.id);
    if (!list) return true;
    const a = from.getTime();
    const b = to.getTime();
    return list.every(([s, e]) => e < a || s > b);
  }

  /**
   * A post of `level` for [from, to], near `home` when possible. Leadership posts are only
   * given to one person at a time: when every candidate is taken, the next lower level is
   * tried, and in the end a non-leadership post (many people share those).
   */
  pick(rng: Rng, level: number, home: UnitMeta, from: Date, to: Date, avoid?: PostMeta): PostMeta {
    if (level === 0) return this.staffPost(rng, home, avoid);
    if (level === 0.5) return home.middlePosts.length ? rng.pick(home.middlePosts) : home.staffPost;
    const local = [...home.principals, ...home.deputies, ...home.sectionPosts].filter((p) => levelOf(p) === level);
    const global = this.byLevel.get(`${home.divisionLevel}:${level}`) ?? this.byLevel.get(`true:${level}`) ?? [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const pool = local.length > 0 && attempt < 3 && rng.chance(0.5) ? local : global;
      if (pool.length === 0) continue;
      const candidate = rng.pick(pool);
      if (this.isFree(candidate, from, to)) return candidate;
    }
    return level > 1 ? this.pick(rng, level - 1, home, from, to) : this.staffPost(rng, home, avoid);
  }

  /** teachers move between schools, civil servants between 机关 */
  private family(u: UnitMeta): string {
    return u.spec.type === "SCHOOL" ? "SCHOOL" : u.spec.establishment;
  }

  /** `avoid`: the staff post held next, so "科员 → 科员" is always a move between units */
  private staffPost(rng: Rng, home: UnitMeta, avoid?: PostMeta): PostMeta {
    if (avoid !== home.staffPost && rng.chance(0.55)) return home.staffPost;
    // rng.pick over the family without the unit of `avoid` (each unit has one staff post), done
    // by index: filtering a province's 5,000 units on every move made the seed quadratic
    const family = this.similar.get(this.family(home)) ?? [];
    const skip = avoid?.kind === "staff" && family[this.place.get(avoid.unit) ?? -1] === avoid.unit;
    const count = family.length - (skip ? 1 : 0);
    if (count === 0) return home.staffPost;
    let i = Math.floor(rng.next() * count);
    if (skip && i >= this.place.get(avoid.unit)!) i++;
    return family[i].staffPost;
  }
}
