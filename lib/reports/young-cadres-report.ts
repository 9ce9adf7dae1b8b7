// 年轻干部配备情况: each street and district-unit team against each D20-ST-* team target
// (D20-ST-STREET-40, -35, -HEAD-45, -HEAD-40, -UNIT-40, -DEPT-HEAD-40): whether it counts, and
// for the scope the 实有 / 应有 / 缺口 of each target. What counts is the rules' own row (its
// `ids`: the units or posts that count), so the totals are the dashboard's figures; the second
// table names the people behind each number (the team members within the age limit).
import {
  aboutCeiling,
  isPartyGovDept,
  type Holder,
  type ResolvedProfile,
  type RuleId,
  type TargetRow,
  type UnitFact,
} from "@/lib/rules";
import { formatDate, formatYearMonth } from "@/lib/format/dates";
import { nameOf, type ReportInput } from "./input";
import type { Cell, ReportTable } from "./model";
import { sortUnits, staffingIndexOf, teamOf, type Team } from "./teams-of";
import { lastBirthDateTooOld } from "./thresholds";

interface Spec {
  ruleId: RuleId;
  about: (p: ResolvedProfile) => number;
  /** UNIT: the team counts once; POST: each of its 党政正职 posts counts */
  subject: "UNIT" | "POST";
  inBase: (u: UnitFact, p: ResolvedProfile) => boolean;
  holders: (team: Team) => Holder[];
}

const all = (t: Team) => t.members;
const heads = (t: Team) => t.posts.filter((p) => p.isPartyGovHead).flatMap((p) => t.holders.get(p.id) ?? []);
const principals = (t: Team) => t.posts.filter((p) => p.isPrincipal).flatMap((p) => t.holders.get(p.id) ?? []);
const street = (u: UnitFact) => u.type === "STREET";
const s = (p: ResolvedProfile) => p.params.d20.staffing;

export const YOUNG_TARGETS: Spec[] = [
  { ruleId: "D20-ST-STREET-40", about: (p) => s(p).street40About, subject: "UNIT", inBase: street, holders: all },
  { ruleId: "D20-ST-STREET-35", about: (p) => s(p).street35About, subject: "UNIT", inBase: street, holders: all },
  {
    ruleId: "D20-ST-STREET-HEAD-45",
    about: (p) => s(p).streetHead45About,
    subject: "POST",
    inBase: street,
    holders: heads,
  },
  {
    ruleId: "D20-ST-STREET-HEAD-40",
    about: (p) => s(p).streetHead40About,
    subject: "POST",
    inBase: street,
    holders: heads,
  },
  {
    ruleId: "D20-ST-UNIT-40",
    about: (p) => s(p).unit40About,
    subject: "UNIT",
    inBase: (u, p) => s(p).districtUnitTypes.includes(u.type),
    holders: all,
  },
  {
    ruleId: "D20-ST-DEPT-HEAD-40",
    about: (p) => s(p).deptHead40About,
    subject: "UNIT",
    inBase: isPartyGovDept,
    holders: principals,
  },
];

interface Column {
  spec: Spec;
  row: TargetRow;
  max: number;
  counted: Set<string>;
}

export function youngCadresReport(input: ReportInput): ReportTable[] {
  const { profile, asOf } = input;
  const tol = profile.params.conventions.aboutTolerance;
  const columns: Column[] = YOUNG_TARGETS.flatMap((spec) => {
    const row = input.staffingRows.find((r) => r.key === spec.ruleId);
    return row ? [{ spec, row, max: aboutCeiling(spec.about(profile), tol), counted: new Set(row.ids) }] : [];
  });
  const idx = staffingIndexOf(input);
  const units = sortUnits(input.units).filter(
    (u) => (!input.unitType || u.type === input.unitType) && columns.some((c) => c.spec.inBase(u, profile)),
  );
  const teams = units.map((u) => teamOf(idx, u));
  const base = (c: Column, t: Team) => (c.spec.subject === "UNIT" ? 1 : t.posts.filter((p) => p.isPartyGovHead).length);
  const actual = (c: Column, t: Team) =>
    c.spec.subject === "UNIT"
      ? Number(c.counted.has(t.unit.id))
      : t.posts.filter((p) => p.isPartyGovHead && c.counted.has(p.id)).length;
  const rows: Cell[][] = teams.map((t) => [
    t.unit.name,
    ...columns.map((c) => (c.spec.inBase(t.unit, profile) ? actual(c, t) : "—")),
  ]);
  const inBase = (c: Column) => teams.filter((t) => c.spec.inBase(t.unit, profile));
  const listedActual = columns.map((c) => inBase(c).reduce((n, t) => n + actual(c, t), 0));
  // 应有 and 缺口 are the district's target: shown when the whole base is listed
  const whole = columns.map((c) => inBase(c).reduce((n, t) => n + base(c, t), 0) === c.row.target.n);
  const totals: Cell[][] = [
    ["实有（合计）", ...listedActual],
    ["应有", ...columns.map((c, i) => (whole[i] ? c.row.target.count : "—"))],
    ["缺口", ...columns.map((c, i) => (whole[i] ? Math.max(0, c.row.target.count - listedActual[i]) : "—"))],
  ];
  const headers = [
    "单位",
    ...columns.map(
      (c) =>
        `${c.row.label}（${formatDate(lastBirthDateTooOld(asOf, c.max))}后出生；${c.row.target.description}）${c.spec.ruleId}`,
    ),
  ];
  return [
    {
      name: "配备情况",
      headers,
      rows,
      totals,
      notes: [
        `“X岁左右”按不超过X+${tol}岁计（政策配置的年龄容差），年龄按截至统计日期的周岁计算。`,
        "单元格：该班子计入目标的数（街道党政正职目标为计入的职位数）；“—”表示该单位不在此目标的范围内。",
        "应有、缺口为全区目标，只在所列单位涵盖目标的全部范围时给出。",
      ],
    },
    {
      name: "人员名单",
      headers: ["单位", "目标", "姓名", "职务", "年龄", "出生年月", "说明"],
      rows: namesRows(input, teams, columns),
      totals: [],
    },
  ];
}

function namesRows(input: ReportInput, teams: Team[], columns: Column[]): Cell[][] {
  const out: Cell[][] = [];
  for (const c of columns) {
    for (const t of teams) {
      if (!c.spec.inBase(t.unit, input.profile)) continue;
      const hs = c.spec.holders(t);
      const young = hs.filter((h) => h.age <= c.max);
      for (const h of young) {
        out.push([
          t.unit.name,
          c.spec.ruleId,
          nameOf(input, h.cadre.id),
          h.post.title,
          h.age,
          formatYearMonth(h.cadre.birthDate),
          "计入",
        ]);
      }
      if (young.length === 0) {
        const youngest = hs.reduce<number | null>((m, h) => (m == null || h.age < m ? h.age : m), null);
        const why = youngest == null ? "无在任人员" : `最年轻的${youngest}岁`;
        out.push([t.unit.name, c.spec.ruleId, "—", null, null, null, `缺：${why}`]);
      }
    }
  }
  return out;
}
