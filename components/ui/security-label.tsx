// The security label of a sensitive information set (强制访问控制): a small badge 「敏感」 or
// 「高度敏感」 whose tooltip names the set. Shown to cleared readers too, so everyone knows what
// they are handling; beside a withheld section it says which clearance would be needed.
import { INFO_SETS, labelDeniedMessage, type InfoSet } from "@/lib/authz/clearance";
import { securityLevelLabel } from "@/lib/labels";

const LEVEL_CLASS = {
  GENERAL: "bg-slate-100 text-slate-700 ring-slate-300",
  SENSITIVE: "bg-amber-50 text-amber-800 ring-amber-300",
  HIGHLY_SENSITIVE: "bg-rose-50 text-rose-800 ring-rose-400",
} as const;

export function SecurityLabel({ set }: { set: InfoSet }) {
  const { label, level } = INFO_SETS[set];
  const tip = `${label}：${securityLevelLabel[level]}信息，按密级控制查看`;
  return (
    <span
      className={`ml-2 inline-flex items-center gap-0.5 rounded px-1.5 py-0.5 align-middle text-xs font-medium ring-1 ring-inset ${LEVEL_CLASS[level]}`}
      title={tip}
      aria-label={tip}
      data-testid={`security-label-${set}`}
      data-level={level}
    >
      <span aria-hidden>🔒</span>
      {securityLevelLabel[level]}
    </span>
  );
}

/** In place of a withheld set: the refusal, with the label. */
export function LabelWithheld({ set, className = "px-4 py-3" }: { set: InfoSet; className?: string }) {
  return (
    <p className={`text-sm text-slate-600 ${className}`} role="note" data-testid={`withheld-${set}`}>
      {labelDeniedMessage(set)}
      <SecurityLabel set={set} />
    </p>
  );
}
