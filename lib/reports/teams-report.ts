// 领导班子和领导干部情况: the teams of each unit type (or each unit of one type) on the report's
// date — 职数 核定/实配/空缺/超配 of the team posts, and the members by age band, gender,
// ethnicity, party, full-time and highest education and rank. A person holding two team posts
// is one member; 实配 counts holdings, so 核定 − 空缺 + 超配 = 实配.
import { educationRank, educationRankOn, isMinority, isNonParty, rankLabel, type Rank } from "@/lib/rules";
import { nameOf, type ReportInput } from "./input";
import type { Cell, ReportTable } from "./model";
import { byScope, scopeHeader } from "./tabulate";
import { teamsInScope, type Team } from "./teams-of";
import { ageBandHeaders, bandOf, TEAM_AGE_EDGES } from "./thresholds";

const RANKS: Rank[] = ["DIVISION_PRINCIPAL", "DIVISION_DEPUTY", "SECTION_PRINCIPAL", "SECTION_DEPUTY"];
const BACHELOR = educationRank("BACHELOR");
const MASTER = educationRank("MASTER_STUDY");
const JUNIOR = educationRank("JUNIOR_COLLEGE");

export function teamsReport(input: ReportInput): ReportTable[] {
  const t = input.asOf.getTime();
  const teams = teamsInScope(input);
  const bands = ageBandHeaders(input.asOf);
  const headers = [
    scopeHeader(input.unitType),
    "班子数",
    "职数核定",
    "实配",
    "空缺",
    "超配",
    "班子成员（人）",
    ...bands,
    "女",
    "少数民族",
    "党外",
    "全日制大学本科及以上",
    "全日制研究生",
    "最高学历研究生",
    "最高学历大学本科",
    "最高学历大学专科",
    "最高学历中专及以下",
    "正处级",
    "副处级",
    "正科级",
    "副科级",
  ];
  const figures = (team: Team): number[] => {
    let filled = 0;
    let vacant = 0;
    let over = 0;
    for (const p of team.posts) {
      const n = team.holders.get(p.id)?.length ?? 0;
      filled += n;
      if (n === 0) vacant++;
      else over += n - 1;
    }
    const band = new Array<number>(TEAM_AGE_EDGES.length + 1).fill(0);
    let women = 0;
    let minority = 0;
    let nonParty = 0;
    const edu = [0, 0, 0, 0, 0, 0]; // 全日制本科+, 全日制研究生, 最高 研究生/本科/专科/中专及以下
    const ranks = RANKS.map(() => 0);
    for (const m of team.members) {
      band[bandOf(m.age)]++;
      if (m.cadre.gender === "FEMALE") women++;
      const p = input.people.get(m.cadre.id);
      if (p && isMinority(p.ethnicity)) minority++;
      if (p && isNonParty(p.politicalStatus)) nonParty++;
      const full = p ? educationRankOn(p.education, t, true) : 0;
      const any = p ? educationRankOn(p.education, t, false) : 0;
      if (full >= BACHELOR) edu[0]++;
      if (full >= MASTER) edu[1]++;
      edu[any >= MASTER ? 2 : any >= BACHELOR ? 3 : any >= JUNIOR ? 4 : 5]++;
      const r = RANKS.indexOf(m.post.rank);
      if (r >= 0) ranks[r]++;
    }
    return [
      1,
      team.posts.length,
      filled,
      vacant,
      over,
      team.members.length,
      ...band,
      women,
      minority,
      nonParty,
      ...edu,
      ...ranks,
    ];
  };
  const width = headers.length - 1;
  const { rows, totals } = byScope(teams, input.unitType, figures, width);
  const members: ReportTable = {
    name: "班子成员名单",
    headers: ["单位", "职务", "姓名", "性别", "年龄", "职务层次"],
    rows: teams.flatMap((team) =>
      team.posts.flatMap((p): Cell[][] => {
        const hs = team.holders.get(p.id) ?? [];
        if (!hs.length) return [[team.unit.name, p.title, "○ 空缺", null, null, null]];
        return hs.map((h) => [
          team.unit.name,
          p.title,
          nameOf(input, h.cadre.id),
          h.cadre.gender === "FEMALE" ? "女" : "男",
          h.age,
          rankLabel[p.rank],
        ]);
      }),
    ),
    totals: [],
  };
  return [
    {
      name: "班子情况",
      headers,
      rows,
      totals,
      notes: [
        "班子：单位本级的领导职位（有处级职位的单位为其处级职位，否则为科级领导职位），与配备目标（D20-ST-*）所计的班子相同。",
        "职数核定为班子职位数；实配为在任人次；一人兼任两个班子职位的，成员按一人计。年龄按截至统计日期的周岁计算。",
      ],
    },
    members,
  ];
}
