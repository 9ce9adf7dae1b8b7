// The progress bar of a running import: the phase in words and the share done.
export function ImportProgress({ phase, done, total }: { phase: string; done: number; total: number }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="my-3" data-testid="import-progress">
      <div className="mb-1 flex justify-between text-xs text-slate-600">
        <span>{phase}…</span>
        <span>{total > 1 ? `${done.toLocaleString("zh-CN")} / ${total.toLocaleString("zh-CN")}（${pct}%）` : ""}</span>
      </div>
      <div
        className="h-2 w-full overflow-hidden rounded bg-slate-200"
        role="progressbar"
        aria-label={phase}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
