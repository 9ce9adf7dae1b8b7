// Each team a plan touches, before → after: 职数 against members, vacancies, women, average
// age, the about-40 / about-35 members, the team-analysis warnings (with their rule ids; the
// ones a plan raises or clears marked), and who holds which post.
import { Table, Td, Th } from "@/components/ui/table";
import type { TeamChange } from "@/lib/staffing-plans/evaluate-plan";
import type { TeamSnapshot } from "@/lib/staffing-plans/team-snapshot";

const FIGURES: { label: string; value: (s: TeamSnapshot) => string | number }[] = [
  { label: "班子职数", value: (s) => s.posts },
  { label: "实有人数", value: (s) => s.members },
  { label: "空缺", value: (s) => s.vacancies },
  { label: "女干部", value: (s) => s.structure.women },
  { label: "平均年龄", value: (s) => s.structure.averageAge ?? "—" },
  { label: "40岁左右", value: (s) => s.structure.about40 },
  { label: "35岁左右", value: (s) => s.structure.about35 },
];

function FlagList({
  label,
  flags,
  other,
  names,
}: {
  label: string;
  flags: TeamSnapshot["flags"];
  other: TeamSnapshot["flags"];
  names: Record<string, string>;
}) {
  const key = (f: TeamSnapshot["flags"][number]) => `${f.kind}:${f.message}`;
  const otherKeys = new Set(other.map(key));
  return (
    <div className="text-xs">
      <span className="font-medium text-slate-700">{label}：</span>
      {flags.length === 0 ? (
        <span className="text-slate-600">无预警</span>
      ) : (
        <ul className="mt-1 space-y-0.5">
          {flags.map((f) => (
            <li
              key={key(f)}
              data-testid="team-flag"
              className={`${f.severity === "hard" ? "text-rose-700" : "text-amber-800"} ${otherKeys.has(key(f)) ? "" : "font-semibold"}`}
            >
              {f.message}
              {f.cadreIds.length ? `（${f.cadreIds.map((id) => names[id] ?? "（回避）").join("、")}）` : ""}
              <span className="ml-1 font-mono text-slate-500">{f.ruleId}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TeamChanges({ teams, names }: { teams: TeamChange[]; names: Record<string, string> }) {
  if (teams.length === 0) return <p className="text-sm text-slate-600">方案尚未涉及任何班子。</p>;
  const people = (s: TeamSnapshot) =>
    s.holders.map((h) => `${h.postTitle} ${names[h.cadreId] ?? "（回避）"}（${h.age}岁）`).join("；") || "无";
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      {teams.map((t) => (
        <section key={t.unitId} className="rounded border border-slate-200 p-3" data-testid="team-change">
          <h3 className="mb-2 text-sm font-semibold">{t.unitName}</h3>
          <Table aria-label={`${t.unitName}班子调配前后`}>
            <thead>
              <tr>
                <Th>项目</Th>
                <Th>调配前</Th>
                <Th>调配后</Th>
              </tr>
            </thead>
            <tbody>
              {FIGURES.map((f) => {
                const [a, b] = [f.value(t.before), f.value(t.after)];
                return (
                  <tr key={f.label} className={a !== b ? "bg-amber-50" : undefined}>
                    <Td>{f.label}</Td>
                    <Td className="tabular-nums">{a}</Td>
                    <Td className="tabular-nums">{b}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <div className="mt-2 space-y-1">
            <FlagList label="调配前预警" flags={t.before.flags} other={t.after.flags} names={names} />
            <FlagList label="调配后预警" flags={t.after.flags} other={t.before.flags} names={names} />
          </div>
          <p className="mt-2 text-xs text-slate-600">调配前：{people(t.before)}</p>
          <p className="text-xs text-slate-600">调配后：{people(t.after)}</p>
        </section>
      ))}
    </div>
  );
}
