export function StatCard({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: number;
  testId: string;
  children?: React.ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-sm text-slate-500">{label}</h2>
      <p className="mt-2 text-3xl font-semibold tabular-nums text-slate-900" data-testid={testId}>
        {value.toLocaleString("zh-CN")}
      </p>
      {children}
    </section>
  );
}
