// Units and their posts. Division-level units (streets, townships, 区直 departments and
// units) have a 正处 principal and 副处 deputies plus 科级 section posts; institutions, SOEs and
// schools have a 科级 team (and schools their 中层). Every unit also has one non-leadership
// post that its staff are appointed to.
import type { Rank } from "../../lib/generated/prisma/enums";
import type { SeedContext } from "./context";
import type { PostKind, PostMeta, UnitMeta } from "./model";
import { provinceUnits } from "./province";
import { PARENT_CODES, SCHOOL_MIDDLE_POSTS, STREET_DEPUTIES, TOWNSHIP_DEPUTIES, type UnitSpec } from "./unit-data";

const DIVISION_TYPES = new Set(["STREET", "TOWNSHIP", "PARTY_GOV_DEPT", "DISTRICT_UNIT"]);

/** Which 熟悉领域 a unit's people tend to have, from the unit's line of work. */
function unitDomains(spec: UnitSpec): string[] {
  const n = spec.shortName;
  if (spec.type === "STREET" || spec.type === "TOWNSHIP") return ["社会管理", "城市建设管理", "经济招商", "党务"];
  if (/财政|审计|医疗保障|机关事务/.test(n)) return ["财政金融"];
  if (/发展和改革|商务|投资促进|工业|科学|统计|产投|工商联/.test(n)) return ["经济招商", "财政金融"];
  if (/住房|城市|自然资源|交通|水务|生态|城投|应急|更新/.test(n)) return ["城市建设管理"];
  if (/组织|宣传|统战|机关工委|党校|巡察|编办|老干部|区委办|网信|政策研究|档案|融媒体/.test(n)) return ["党务"];
  if (/法院|检察|司法|政法|信访/.test(n)) return ["法律"];
  return ["社会管理", "党务"];
}

function sectionTitles(section: string): [chief: string, deputy: string] {
  if (section.endsWith("科")) return [`${section}科长`, `${section}副科长`];
  if (section.endsWith("所")) return [`${section}所长`, `${section}副所长`];
  if (section.endsWith("庭")) return [`${section}庭长`, `${section}副庭长`];
  if (section.endsWith("局")) return [`${section}局长`, `${section}副局长`];
  return [`${section}主任`, `${section}副主任`];
}

export function buildUnits(ctx: SeedContext): UnitMeta[] {
  const byCode = new Map<string, string>();
  const units: UnitMeta[] = [];
  provinceUnits(ctx.cadres).forEach((spec, index) => {
    const id = ctx.ids.next("unit");
    byCode.set(spec.code, id);
    const unit: UnitMeta = {
      index,
      id,
      spec,
      divisionLevel: DIVISION_TYPES.has(spec.type),
      principals: [],
      deputies: [],
      sectionPosts: [],
      middlePosts: [],
      staffPost: undefined as unknown as PostMeta, // set by buildPosts below
      domains: unitDomains(spec),
    };
    buildPosts(ctx, unit);
    units.push(unit);
  });
  for (const u of units) {
    const parentCode = u.spec.parentCode ?? PARENT_CODES[u.spec.code];
    const sectionLeaderPostCount = u.divisionLevel ? u.sectionPosts.length : u.principals.length + u.deputies.length;
    ctx.rows.units.push({
      id: u.id,
      code: u.spec.code,
      name: u.spec.name,
      shortName: u.spec.shortName,
      type: u.spec.type,
      parentId: parentCode ? (byCode.get(parentCode) ?? null) : null,
      sectionLeaderPostCount,
      isPartyGovDept: u.spec.type === "PARTY_GOV_DEPT",
      sortOrder: (u.index + 1) * 10,
      ...ctx.stamp,
    });
  }
  return units;
}

function buildPosts(ctx: SeedContext, unit: UnitMeta): void {
  const spec = unit.spec;
  const [principalRank, deputyRank]: Rank[] = unit.divisionLevel
    ? ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY"]
    : ["SECTION_PRINCIPAL", "SECTION_DEPUTY"];
  let order = 0;
  const add = (title: string, kind: PostKind, rank: Rank, extra: Partial<PostMeta> = {}): PostMeta => {
    const post: PostMeta = { id: ctx.ids.next("post"), unit, title, kind, rank, isKeyPost: false, ...extra };
    const isPrincipal = kind === "principal" || kind === "sectionChief";
    // 党政正职: the two heads of a street/township and the head of a 党政工作部门
    const isPartyGovHead = kind === "principal" && ["STREET", "TOWNSHIP", "PARTY_GOV_DEPT"].includes(spec.type);
    ctx.rows.posts.push({
      id: post.id,
      unitId: unit.id,
      title,
      isPrincipal,
      isPartyGovHead,
      isLeadership: kind !== "middle" && kind !== "staff",
      rank,
      isKeyPost: post.isKeyPost,
      sortOrder: ++order * 10,
      ...ctx.stamp,
    });
    return post;
  };

  for (const t of spec.principals) unit.principals.push(add(t, "principal", principalRank));
  const deputyTitles =
    spec.type === "STREET"
      ? STREET_DEPUTIES
      : spec.type === "TOWNSHIP"
        ? TOWNSHIP_DEPUTIES
        : Array(spec.deputies).fill(spec.deputy);
  for (const t of deputyTitles) unit.deputies.push(add(t, "deputy", deputyRank));
  for (const raw of spec.sections) {
    const section = raw.replace(/[*+]/g, "");
    const key = raw.includes("*");
    const [chief, deputy] = sectionTitles(section);
    unit.sectionPosts.push(add(chief, "sectionChief", "SECTION_PRINCIPAL", { section, isKeyPost: key }));
    // "+" sections have a deputy head; key sections (人财物) always do
    if (raw.includes("+") || key)
      unit.sectionPosts.push(add(deputy, "sectionDeputy", "SECTION_DEPUTY", { section, isKeyPost: key }));
  }
  if (spec.type === "SCHOOL") {
    for (const t of SCHOOL_MIDDLE_POSTS) unit.middlePosts.push(add(t, "middle", "STAFF"));
  }
  const staffTitle = spec.type === "SCHOOL" ? "教师" : spec.establishment === "INSTITUTION_STAFF" ? "工作人员" : "科员";
  unit.staffPost = add(staffTitle, "staff", "STAFF");
}

export function unitsByType(units: UnitMeta[], type: UnitSpec["type"]): UnitMeta[] {
  return units.filter((u) => u.spec.type === type);
}
