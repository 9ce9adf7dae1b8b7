// Who should hold each leadership post: an age band, the share of women, and sometimes a
// fixed tenure. Most bands are ordinary; the planned exceptions below are chosen so that the
// district-2020 staffing targets (docs/policy-rules.md D20-ST-*) come out as a believable mix of met and
// unmet on asOf ("about X" = age ≤ X+2 for at-least-one targets):
//   D20-ST-STREET-40       11 of 12 streets have a team member ≤42 (青龙街道 has none) → unmet
//   D20-ST-STREET-35       6 streets have one ≤37 (need 5) → met
//   D20-ST-STREET-HEAD-45  7 of 24 street principals ≤47 (need 6) → met
//   D20-ST-STREET-HEAD-40  2 street principals ≤42 (need 3; "at least 2" holds) → unmet
//   D20-ST-UNIT-40         22 of 57 区直 teams have someone ≤42 (need 19) → met
//   D20-ST-DEPT-HEAD-40    4 of 40 department principals ≤42 (need 5) → unmet
//   D20-ST-KJ-LARGE        3 units with ≥7 科级 posts have nobody ≤35 among them → flagged
//   D20-EDU-PILOT          school principals ≤40: 2 (need 3); deputies ≤37: 8; 中层 ≤35: 14
import type { PostMeta, UnitMeta } from "./model";

export interface HolderSpec {
  post: PostMeta;
  age: [number, number];
  mean: number;
  female: number;
  /** years in the current post; default is drawn in careers.ts */
  tenure?: [number, number];
  /** raises education and merit for planned high-fliers */
  boost: number;
  /** lower fills first when there are fewer cadres than posts */
  priority: number;
  vacant?: boolean;
}

const NO_YOUNG_SECTION_UNITS = new Set(["QH-DZ-01", "QH-QZ-03", "QH-JD-02"]);
const YOUNG_DEPT_HEADS = new Set([9, 16, 27, 37]);
const YOUNG_DEPT_DEPUTIES = new Set([0, 1, 3, 5, 12, 13, 14, 19, 20, 23, 29, 33]);
const YOUNG_UNIT_DEPUTIES = new Set([0, 2, 3, 5, 12, 14]);
/** street index → [principal index, age band] */
const STREET_HEADS: Record<number, [number, [number, number]]> = {
  0: [0, [45, 47]],
  1: [1, [38, 41]],
  3: [1, [43, 46]],
  4: [1, [44, 47]],
  7: [1, [40, 42]],
  8: [0, [45, 47]],
  9: [1, [43, 46]],
};
const RECENT: [number, number] = [0.3, 2.8];

function base(post: PostMeta): HolderSpec {
  const div = post.unit.divisionLevel;
  const school = post.unit.spec.type === "SCHOOL";
  switch (post.kind) {
    case "principal":
      return div
        ? {
            post,
            age: [post.unit.spec.type === "STREET" ? 48 : 43, 59],
            mean: 52,
            female: 0.12,
            boost: 0.3,
            priority: 0,
          }
        : { post, age: [41, 58], mean: 50, female: school ? 0.35 : 0.15, boost: 0.3, priority: 1 };
    case "deputy":
      return div
        ? { post, age: [43, 58], mean: 49, female: 0.24, boost: 0.2, priority: 1 }
        : { post, age: school ? [38, 56] : [33, 57], mean: 46, female: school ? 0.45 : 0.25, boost: 0.2, priority: 2 };
    case "sectionChief":
      return { post, age: [31, 57], mean: 45, female: 0.3, boost: 0.1, priority: 2 };
    case "sectionDeputy":
      return { post, age: [27, 56], mean: 41, female: 0.38, boost: 0.1, priority: 3 };
    default:
      return { post, age: [36, 54], mean: 44, female: 0.5, boost: 0, priority: 3 };
  }
}

function young(spec: HolderSpec, age: [number, number], tenure?: [number, number]): void {
  spec.age = age;
  spec.mean = (age[0] + age[1]) / 2;
  spec.boost = 0.8;
  spec.priority = 0;
  if (tenure) spec.tenure = tenure;
}

export function planStaffing(units: UnitMeta[]): HolderSpec[] {
  const specs = new Map<PostMeta, HolderSpec>();
  const spec = (p: PostMeta | undefined): HolderSpec | undefined => (p ? specs.get(p) : undefined);
  for (const u of units) {
    for (const p of [...u.principals, ...u.deputies, ...u.sectionPosts, ...u.middlePosts]) specs.set(p, base(p));
  }
  const group = (type: string) => units.filter((u) => u.spec.type === type);

  group("STREET").forEach((u, s) => {
    if (s <= 5) young(spec(u.deputies[s % 5])!, [32, 37], RECENT);
    else if (s <= 10) young(spec(u.deputies[s % 5])!, [38, 42], RECENT);
    const head = STREET_HEADS[s];
    if (head) young(spec(u.principals[head[0]])!, head[1], head[1][1] <= 42 ? [0.4, 2.5] : undefined);
  });
  const lastStreetDeputy = spec(group("STREET")[10]?.deputies[4]);
  if (lastStreetDeputy) lastStreetDeputy.vacant = true;
  group("TOWNSHIP").forEach((u) => young(spec(u.deputies[2])!, [34, 41], RECENT));
  group("PARTY_GOV_DEPT").forEach((u, d) => {
    if (YOUNG_DEPT_HEADS.has(d)) young(spec(u.principals[0])!, [38, 42], RECENT);
    if (YOUNG_DEPT_DEPUTIES.has(d)) young(spec(u.deputies[0])!, [33, 42], [0.5, 3.5]);
  });
  group("DISTRICT_UNIT").forEach((u, i) => {
    if (YOUNG_UNIT_DEPUTIES.has(i)) young(spec(u.deputies[0])!, [34, 42], [0.5, 3.5]);
  });
  planSections(units, spec);
  planSchools(group("SCHOOL"), spec);
  planRotationCases(units, spec);
  return [...specs.values()];
}

/** D20-ST-KJ-LARGE/-SMALL: one 科级 leader ≤35 in most units, none in a few. */
function planSections(units: UnitMeta[], spec: (p: PostMeta) => HolderSpec | undefined): void {
  for (const u of units) {
    if (!u.divisionLevel || u.sectionPosts.length === 0) continue;
    const large = u.sectionPosts.length >= 7;
    const noYoung = NO_YOUNG_SECTION_UNITS.has(u.spec.code) || (!large && u.index % 10 >= 7);
    if (noYoung) {
      for (const p of u.sectionPosts) spec(p)!.age[0] = 36;
      continue;
    }
    const target = u.sectionPosts.find((p) => p.kind === "sectionDeputy") ?? u.sectionPosts[u.sectionPosts.length - 1];
    young(spec(target)!, [28, 35]);
  }
}

function planSchools(schools: UnitMeta[], spec: (p: PostMeta) => HolderSpec | undefined): void {
  schools.forEach((u, i) => {
    if (i === 0) young(spec(u.principals[1])!, [37, 40], RECENT);
    if (i === 3) young(spec(u.principals[0])!, [36, 40], RECENT);
    u.deputies.forEach((p, j) => {
      if (j === 0 || (j === 1 && i <= 1)) young(spec(p)!, [31, 37]);
    });
    u.middlePosts.forEach((p, j) => {
      if (j <= 1 || (j === 2 && i <= 1)) young(spec(p)!, [27, 35]);
      else spec(p)!.age = [36, 54];
    });
  });
}

/** Long tenures so the rotation rules (ZZ15-ROT-*) have cases, including exempt ones. */
function planRotationCases(units: UnitMeta[], spec: (p: PostMeta) => HolderSpec | undefined): void {
  const byCode = new Map(units.map((u) => [u.spec.code, u]));
  const section = (code: string, name: string, kind: "sectionChief" | "sectionDeputy") =>
    byCode.get(code)?.sectionPosts.find((p) => p.section === name && p.kind === kind);
  const set = (p: PostMeta | undefined, tenure: [number, number], extra: Partial<HolderSpec> = {}) => {
    const s = spec(p as PostMeta);
    if (s) Object.assign(s, { tenure }, extra);
  };
  set(section("QH-JD-01", "财政所", "sectionChief"), [5.5, 7]); // ROT-KEY
  set(section("QH-DZ-20", "国库科", "sectionChief"), [5.2, 6.5]); // ROT-PAIR with its deputy
  set(section("QH-DZ-20", "国库科", "sectionDeputy"), [5.2, 6.5], { age: [36, 45] });
  set(section("QH-JD-03", "党政办公室", "sectionChief"), [5.2, 6]); // ROT-LEADER with 副书记
  set(byCode.get("QH-JD-03")?.deputies[0], [5.5, 6.5]);
  set(section("QH-JD-05", "财政所", "sectionChief"), [7, 9], { age: [58, 59], female: 0 }); // exempt (man ≥58)
  set(section("QH-DZ-18", "社会救助科", "sectionChief"), [6, 8], { age: [53, 54], female: 1 }); // exempt (woman ≥53)
}
