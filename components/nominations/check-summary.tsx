// One line above the checks: can it be submitted, and what is needed.
export function CheckSummary({ hardFailures, warnings }: { hardFailures: number; warnings: number }) {
  if (hardFailures)
    return (
      <p className="text-sm font-medium text-rose-700" role="status">
        有{hardFailures}项硬性条件不符合，不能报送。
      </p>
    );
  if (warnings)
    return (
      <p className="text-sm font-medium text-amber-700" role="status">
        符合硬性条件；有{warnings}项提示，须说明理由后方可报送。
      </p>
    );
  return (
    <p className="text-sm font-medium text-emerald-700" role="status">
      各项条件均符合。
    </p>
  );
}
