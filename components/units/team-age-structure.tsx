import type { TeamStructure } from "@/lib/units/team-structure";

/** The team's ages as text and bars (each bar carries its number, not colour alone). */
export function TeamAgeStructure({ s }: { s: TeamStructure }) {
  const max = Math.max(1, ...s.bands.map((b) => b.count));
  return (
    <div data-testid="team-age-structure">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
        <Stat label="班子成员" value={`${s.members}人`} />
        <Stat label="其中女性" value={`${s.women}人`} />
        <Stat label="平均年龄" value={s.averageAge == null ? "—" : `${s.averageAge}岁`} />
        <Stat label="最小 / 最大" value={s.youngest == null ? "—" : `${s.youngest} / ${s.oldest}岁`} />
        <Stat label={`40岁左右（≤${s.about40Ceiling}岁）`} value={`${s.about40}人`} testId="team-about40" />
        <Stat label={`35岁左右（≤${s.about35Ceiling}岁）`} value={`${s.about35}人`} />
      </dl>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">班子年龄段分布</caption>
        <tbody>
          {s.bands.map((b) => (
            <tr key={b.label}>
              <th scope="row" className="w-24 py-0.5 pr-2 text-left font-normal text-slate-600">
                {b.label}
              </th>
              <td className="py-0.5">
                <div className="flex items-center gap-2">
                  <div
                    className="h-3 rounded bg-sky-600"
                    style={{ width: `${(b.count / max) * 70}%` }}
                    aria-hidden="true"
                  />
                  <span className="tabular-nums">{b.count}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
