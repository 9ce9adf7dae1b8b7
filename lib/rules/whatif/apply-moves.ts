// Applies a plan's moves, in order, to a copy of a staffing index's holders: the rows of every
// staffing target can then be computed again from the copy (staffingRows) without reading the
// district's appointments a second time. Only the holder lists of the posts a move touches are
// replaced; every other list is shared with the index, which is never changed.
import { ageOn } from "../age";
import type { PostFact } from "../model/org-facts";
import type { Holder, StaffingIndex } from "../staffing/staffing-index";
import type { MoveNote, Placement, PlanMove, PlanPerson } from "./types";

export interface AppliedPlan {
  idx: StaffingIndex;
  /** units whose posts' holders changed, in the order the moves touched them */
  affectedUnits: string[];
  placements: Placement[];
  notes: MoveNote[];
}

// cadre → the posts of the index they hold on its date, built once per index
const heldByIndex = new WeakMap<StaffingIndex, Map<string, string[]>>();

function heldPosts(idx: StaffingIndex): Map<string, string[]> {
  let held = heldByIndex.get(idx);
  if (held) return held;
  held = new Map();
  for (let pi = 0; pi < idx.holders.length; pi++) {
    const hs = idx.holders[pi];
    if (!hs) continue;
    const postId = idx.relevant[pi].id;
    for (const h of hs) {
      const list = held.get(h.cadre.id);
      if (list) list.push(postId);
      else held.set(h.cadre.id, [postId]);
    }
  }
  heldByIndex.set(idx, held);
  return held;
}

export function applyMoves(
  base: StaffingIndex,
  postsById: ReadonlyMap<string, PostFact>,
  people: ReadonlyMap<string, PlanPerson>,
  moves: readonly PlanMove[],
): AppliedPlan {
  // holder lists by post index, as in the index (a copy of the array; lists replaced, never changed);
  // a post outside the index's relevant posts (it counts towards no target) is kept on the side
  const holders = base.holders.slice();
  const outside = new Map<string, Holder[]>();
  const listOf = (post: PostFact): Holder[] => {
    const pi = base.postIndex.get(post.id);
    return (pi === undefined ? outside.get(post.id) : holders[pi]) ?? [];
  };
  const setList = (post: PostFact, list: Holder[]) => {
    const pi = base.postIndex.get(post.id);
    if (pi === undefined) outside.set(post.id, list);
    else holders[pi] = list;
  };
  const baseHeld = heldPosts(base);
  const held = new Map<string, Set<string>>();
  const affected = new Set<string>();
  const placements: Placement[] = [];
  const notes: MoveNote[] = [];

  const postsOf = (cadreId: string) => {
    let s = held.get(cadreId);
    if (!s) held.set(cadreId, (s = new Set(baseHeld.get(cadreId) ?? [])));
    return s;
  };
  const remove = (cadreId: string, post: PostFact) => {
    setList(
      post,
      listOf(post).filter((h) => h.cadre.id !== cadreId),
    );
    postsOf(cadreId).delete(post.id);
    affected.add(post.unitId);
  };
  const add = (moveId: string, person: PlanPerson, post: PostFact) => {
    const h: Holder = {
      cadre: person,
      age: ageOn(person.birthDate, base.asOf),
      ageLater: ageOn(person.birthDate, base.later),
      post,
    };
    setList(post, [...listOf(post).filter((x) => x.cadre.id !== person.id), h]);
    postsOf(person.id).add(post.id);
    affected.add(post.unitId);
    placements.push({ moveId, cadreId: person.id, post });
  };
  const holds = (cadreId: string, postId: string) => postsOf(cadreId).has(postId);

  for (const m of moves) {
    const note = (message: string) => notes.push({ moveId: m.id, message });
    const person = people.get(m.cadreId);
    const post = postsById.get(m.postId);
    if (!person || !post) {
      note("干部或职位已不在现有数据中（已离开或已撤销），此项调整未计入");
      continue;
    }
    if (m.kind === "EXIT") {
      if (!holds(m.cadreId, post.id)) note(`该同志在调配中未担任${post.title}，免职未改变班子`);
      else remove(m.cadreId, post);
      continue;
    }
    if (m.kind === "PLACE") {
      // the cadre leaves the leadership posts held so far (a promotion or a transfer, not a 兼任)
      for (const pid of [...postsOf(m.cadreId)]) {
        const p = postsById.get(pid);
        if (p && pid !== post.id) remove(m.cadreId, p);
      }
      add(m.id, person, post);
      const n = listOf(post).length;
      if (n > 1) note(`${post.title}调配后有${n}人任职，超过职数`);
      continue;
    }
    // SWAP
    const other = m.otherCadreId ? people.get(m.otherCadreId) : undefined;
    const otherPost = m.otherPostId ? postsById.get(m.otherPostId) : undefined;
    if (!other || !otherPost) {
      note("对调的另一方已不在现有数据中，此项调整未计入");
      continue;
    }
    if (!holds(person.id, otherPost.id) || !holds(other.id, post.id))
      note("对调双方在调配中已不担任原职位，按所列职位对调");
    remove(person.id, otherPost);
    remove(other.id, post);
    add(m.id, person, post);
    add(m.id, other, otherPost);
  }
  // the teams kept per index read the old holders: the copy finds its own
  return { idx: { ...base, holders, teams: new Map() }, affectedUnits: [...affected], placements, notes };
}
