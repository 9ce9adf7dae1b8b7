// The pool's 名册 as a printable table (landscape A4, one tier per page). Opening it is
// recorded as a print in the audit log (the count and the cadres): the page exists to be
// printed. 身份证号 masked; who and when on every page (overlay) and under each tier.
import { PrintWatermark, PrintWatermarkFooter } from "@/components/export/print-watermark";
import { PrintNowButton } from "@/components/print/print-now-button";
import { formatDateLong, todayInChina } from "@/lib/format/dates";
import { watermarkLine, watermarkText } from "@/lib/print/watermark";
import { auditPrintView } from "@/lib/server/print/print-audit";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { replicaReads } from "@/lib/server/data-change/scope";
import { loadPoolRoster, POOL_ROSTER_HEADERS } from "@/lib/server/pool/pool-roster";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { poolRosterParams } from "@/lib/validation/pool-search";

export const metadata = { title: "干部库名册（打印）" };

export default async function PoolPrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("pool", "export");
  const sp = parseSearchParams(poolRosterParams, await searchParams);
  const tier = sp.tier ?? null;
  const asOf = sp.asOf ?? todayInChina();
  // a report: its reads may go to the streaming replica (docs/deployment.md §12)
  const roster = await replicaReads(() => loadPoolRoster(actor, asOf, tier));
  await auditPrintView(actor, {
    action: "print.pool",
    objectType: "PoolEntry",
    ids: roster.cadreIds,
    count: roster.count,
    detail: { tier: tier ?? "全部", asOf: asOf.toISOString().slice(0, 10), rows: roster.count },
  });
  const now = new Date();
  const footer = watermarkLine(actor, now, "打印");
  return (
    <div className="pool-roster-print">
      <PrintWatermark text={watermarkText(actor, now)} />
      <div className="no-print mb-4 flex items-center justify-between">
        <p className="text-sm text-slate-600">横向 A4 打印，每个层级另起一页。</p>
        <PrintNowButton />
      </div>
      {roster.groups.map((g) => (
        <section key={g.tier} data-testid={`print-tier-${g.tier}`}>
          <h1 className="text-center text-lg font-bold">{g.title}</h1>
          <p className="mb-2 text-center text-xs">{roster.subtitle}</p>
          <table>
            <thead>
              <tr>
                {POOL_ROSTER_HEADERS.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r[0]}>
                  {r.map((v, i) => (
                    <td key={i}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {g.rows.length === 0 ? <p className="mt-2 text-sm">该层级没有在库干部。</p> : null}
          <PrintWatermarkFooter line={footer} />
        </section>
      ))}
      {roster.groups.length === 0 ? (
        <>
          <p>截至{formatDateLong(asOf)}，干部库中没有在库干部。</p>
          <PrintWatermarkFooter line={footer} />
        </>
      ) : null}
    </div>
  );
}
