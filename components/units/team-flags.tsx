// The flags of a team, colour-coded with a shape cue and the rule that raises each. Compact:
// one chip per flag (the message as its title), for the cross-team list; full: one line each.
import { Badge } from "@/components/ui/badge";
import { flagSeverityLabel, flagSeverityMark, flagSeverityTone, teamFlagLabel } from "@/lib/labels";
import type { TeamFlag } from "@/lib/rules";

export function TeamFlagChips({ flags }: { flags: TeamFlag[] }) {
  if (flags.length === 0) return <Badge tone="ok">✓ 无预警</Badge>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="预警">
      {flags.map((f, i) => (
        <li key={`${f.kind}-${i}`} title={`${f.ruleId}：${f.message}`} data-flag={f.kind} data-rule={f.ruleId}>
          <Badge tone={flagSeverityTone[f.severity]}>
            {flagSeverityMark[f.severity]} {teamFlagLabel[f.kind]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

export function TeamFlagList({ flags }: { flags: TeamFlag[] }) {
  if (flags.length === 0) return <p className="text-sm text-emerald-800">✓ 该班子在基准日期无预警。</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="team-flags">
      {flags.map((f, i) => (
        <li key={`${f.kind}-${i}`} className="flex items-start gap-2 py-1.5 text-sm" data-flag={f.kind}>
          <Badge tone={flagSeverityTone[f.severity]}>
            {flagSeverityMark[f.severity]} {flagSeverityLabel[f.severity]}
          </Badge>
          <span className="shrink-0 font-medium">{teamFlagLabel[f.kind]}</span>
          <span className="shrink-0 font-mono text-xs leading-5 text-brand-700">{f.ruleId}</span>
          <span className="text-slate-700">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
