import Link from "next/link";
import { unitTypeLabel } from "@/lib/labels";
import { UNIT_TYPES, type UnitType } from "@/lib/rules";

/** 全区 or one unit type, keeping the date: plain links, so the address can be shared. */
export function ScopeLinks({ path, asOf, unitType }: { path: string; asOf: string; unitType: UnitType | null }) {
  const scopes: [UnitType | null, string][] = [
    [null, "全区"],
    ...UNIT_TYPES.map((t): [UnitType, string] => [t, unitTypeLabel[t]]),
  ];
  return (
    <nav aria-label="统计范围" className="no-print flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-xs font-medium text-slate-600">范围</span>
      {scopes.map(([t, label]) =>
        t === unitType ? (
          <span key={label} aria-current="page" className="font-semibold text-slate-900">
            {label}
          </span>
        ) : (
          <Link
            key={label}
            href={{ pathname: path, query: { asOf, ...(t ? { unitType: t } : {}) } }}
            className="text-brand-700 hover:underline"
          >
            {label}
          </Link>
        ),
      )}
    </nav>
  );
}
