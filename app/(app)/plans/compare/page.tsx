import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { moveText } from "@/lib/staffing-plans/move-text";
import { formatDate } from "@/lib/format/dates";
import { targetStatusLabel, targetStatusTone } from "@/lib/labels";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/not-found";
import { getPlan, planResults } from "@/lib/server/staffing-plans";
import type { TargetSide } from "@/lib/staffing-plans/target-changes";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { comparePlansSchema } from "@/lib/validation/staffing-plans";
import { notFound } from "next/navigation";

export const metadata = { title: "方案比较" };

function Side({ s, changed }: { s: TargetSide; changed: boolean }) {
  return (
    <Td className={changed ? "bg-amber-50" : undefined}>
      <span className="tabular-nums">{s.count}</span>{" "}
      <Badge tone={targetStatusTone[s.status]}>{targetStatusLabel[s.status]}</Badge>
    </Td>
  );
}

export default async function ComparePlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("staffingPlan", "read");
  const q = comparePlansSchema.safeParse(parseSearchParams(comparePlansSchema.partial(), await searchParams));
  if (!q.success) notFound();
  const plans = await orNotFound(Promise.all([getPlan(actor, q.data.a), getPlan(actor, q.data.b)]));
  const [ra, rb] = await Promise.all(plans.map((p) => planResults(actor, p)));
  const byKey = new Map(rb.targets.map((t) => [t.key, t]));
  return (
    <div>
      <PageHeader title="方案比较" description="两个调配方案并排：各自的调整，以及配备目标在现状与两个方案下的数值。" />
      <div className="mb-4 grid grid-cols-1 gap-4 xl:grid-cols-2">
        {plans.map((p) => (
          <Card
            key={p.id}
            title={
              <Link href={`/plans/${p.id}`} className="text-brand-700 underline">
                {p.name}
              </Link>
            }
          >
            <p className="mb-2 text-xs text-slate-600">基准日期 {formatDate(p.asOf)}</p>
            <ol className="list-decimal pl-5 text-sm">
              {p.moves.map((m) => (
                <li key={m.id}>{moveText(m)}</li>
              ))}
            </ol>
          </Card>
        ))}
      </div>
      <Card title="配备目标">
        <Table aria-label="配备目标方案比较">
          <thead>
            <tr>
              <Th>规则</Th>
              <Th>目标</Th>
              <Th>现状（{formatDate(plans[0].asOf)}）</Th>
              <Th>{plans[0].name}</Th>
              <Th>{plans[1].name}</Th>
            </tr>
          </thead>
          <tbody>
            {ra.targets.map((t) => {
              const b = byKey.get(t.key);
              return (
                <tr key={t.key} data-testid="compare-row">
                  <Td className="font-mono text-xs">{t.ruleId}</Td>
                  <Td>{t.label}</Td>
                  <Td>
                    <span className="tabular-nums">{t.before.count}</span>
                  </Td>
                  <Side s={t.after} changed={t.changed} />
                  {b ? <Side s={b.after} changed={b.changed} /> : <Td>—</Td>}
                </tr>
              );
            })}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
