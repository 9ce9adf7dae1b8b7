// 女干部、少数民族干部、党外干部配备情况: in the teams of the scope (members and the teams that
// have at least one), and in the pool against its structure targets (D20-POOL-WOMEN ≥ 20%,
// D20-POOL-MINORITY / -NONPARTY at least one): for the district the rules' own rows, for a unit
// type the same counts over its cadres' entries.
import { isMinority, isNonParty, type PoolEntryFact, type RuleId } from "@/lib/rules";
import { targetStatusLabel } from "@/lib/labels";
import type { ReportInput } from "./input";
import type { Cell, ReportTable } from "./model";
import { activeEntries } from "./pool-scope";
import { byScope, scopeHeader } from "./tabulate";
import { teamsInScope, type Team } from "./teams-of";

export function diversityReport(input: ReportInput): ReportTable[] {
  const teams = teamsInScope(input);
  const figures = (team: Team): number[] => {
    let women = 0;
    let minority = 0;
    let nonParty = 0;
    for (const m of team.members) {
      const p = input.people.get(m.cadre.id);
      if (m.cadre.gender === "FEMALE") women++;
      if (p && isMinority(p.ethnicity)) minority++;
      if (p && isNonParty(p.politicalStatus)) nonParty++;
    }
    return [
      1,
      team.members.length,
      women,
      Number(women > 0),
      minority,
      Number(minority > 0),
      nonParty,
      Number(nonParty > 0),
    ];
  };
  const { rows, totals } = byScope(teams, input.unitType, figures, 8);
  return [
    {
      name: "班子配备",
      headers: [
        scopeHeader(input.unitType),
        "班子数",
        "班子成员（人）",
        "女干部（人）",
        "配备女干部的班子",
        "少数民族干部（人）",
        "配备少数民族干部的班子",
        "党外干部（人）",
        "配备党外干部的班子",
      ],
      rows,
      totals,
      notes: ["党外干部：政治面貌不是中共党员、中共预备党员。少数民族：汉族以外、已填写民族的干部。"],
    },
    { name: "干部库", ...poolTable(input) },
  ];
}

const POOL_ROWS: { ruleId: RuleId; label: string; has: (e: PoolEntryFact) => boolean }[] = [
  { ruleId: "D20-POOL-WOMEN", label: "女干部", has: (e) => e.cadre.gender === "FEMALE" },
  { ruleId: "D20-POOL-MINORITY", label: "少数民族干部", has: (e) => isMinority(e.cadre.ethnicity) },
  { ruleId: "D20-POOL-NONPARTY", label: "党外干部", has: (e) => isNonParty(e.cadre.politicalStatus) },
];

function poolTable(input: ReportInput): Omit<ReportTable, "name"> {
  const active = activeEntries(input);
  const rows: Cell[][] = POOL_ROWS.map((r) => {
    const row = input.unitType ? undefined : input.poolRows.find((x) => x.key === r.ruleId);
    const count = row ? row.actual.count : active.filter(r.has).length;
    const n = row ? row.target.n : active.length;
    const share = n ? `${((count / n) * 100).toFixed(1)}%` : "—";
    return [
      r.label,
      n,
      count,
      share,
      row ? row.target.description : "—",
      row ? targetStatusLabel[row.status] : "—",
      r.ruleId,
    ];
  });
  return {
    headers: ["项目", "在库（人）", "实有（人）", "占比", "目标", "是否达标", "规则"],
    rows,
    totals: [],
    notes: input.unitType ? ["按单位类别统计时不对照全区目标。"] : undefined,
  };
}
