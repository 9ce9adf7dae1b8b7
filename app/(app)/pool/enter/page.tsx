// 入库研判: the verdict for the chosen tier on the entry date comes first; the form to confirm
// follows — blocked by a hard failure, asking for a reason when there are warnings.
import { notFound } from "next/navigation";
import { verdictBadge } from "@/components/cadres/eligibility-panel";
import { VerdictChecks } from "@/components/cadres/verdict-checks";
import { EnterPoolForm } from "@/components/pool/enter-pool-form";
import { PageHeader } from "@/components/ui/page-header";
import { isoDay, todayInChina } from "@/lib/format/dates";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { NotFoundError } from "@/lib/errors/user-facing";
import { previewPoolEntry } from "@/lib/server/pool/enter";
import { getActiveProfile } from "@/lib/server/policy/active-profile";
import { getTierNames } from "@/lib/server/policy/pool-tiers";
import { getFamiliarDomains } from "@/lib/server/settings/familiar-domains";
import { parseSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { poolEnterParams } from "@/lib/validation/pool-search";

export const metadata = { title: "干部入库" };

export default async function EnterPoolPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("pool", "manage");
  const sp = parseSearchParams(poolEnterParams, await searchParams);
  if (!sp.cadreId) notFound();
  const tiers = await getTierNames();
  const tier = sp.tier ?? tiers.active[tiers.active.length - 1];
  const enteredOnDay = sp.enteredOn ?? todayInChina();
  const enteredOn = isoDay(enteredOnDay);
  const preview = await previewPoolEntry(actor, sp.cadreId, tier, enteredOnDay).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [{ profile }, familiar] = await Promise.all([getActiveProfile(), getFamiliarDomains()]);
  const v = preview.verdict;
  return (
    <div className="space-y-4">
      <PageHeader
        title={`干部入库：${preview.cadre.name}`}
        description={`${preview.cadre.unit}　${preview.cadre.post}`}
      />
      <form
        action="/pool/enter"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
      >
        <input type="hidden" name="cadreId" value={preview.cadre.id} />
        <label className="flex flex-col gap-1">
          入库层级
          <select
            name="tier"
            defaultValue={tier}
            className="rounded border border-slate-300 px-2 py-1"
            aria-label="入库层级"
          >
            {(tiers.active.includes(tier) ? tiers.active : [...tiers.active, tier]).map((t) => (
              <option key={t} value={t}>
                {tiers.names[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          入库日期
          <input
            type="date"
            name="enteredOn"
            defaultValue={enteredOn}
            className="rounded border border-slate-300 px-2 py-1"
            aria-label="入库日期"
          />
        </label>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50">
          研判
        </button>
      </form>
      <section
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        data-testid="entry-verdict"
        aria-labelledby="verdict-title"
      >
        <h2 id="verdict-title" className="mb-2 flex items-center gap-2 text-sm font-semibold">
          {tiers.names[tier]}入库条件（{profile.name}） {verdictBadge(v)}
        </h2>
        <VerdictChecks checks={v.checks} explanations={preview.explanations} />
      </section>
      {preview.openEntry ? (
        <p role="alert" className="text-sm text-red-700">
          该同志已在库（{tiers.names[preview.openEntry.tier]}），如需调整层级请先办理出库。
        </p>
      ) : (
        <EnterPoolForm
          key={`${tier}-${enteredOn}`}
          cadreId={preview.cadre.id}
          cadreName={preview.cadre.name}
          tier={tier}
          enteredOn={enteredOn}
          blocked={!v.eligible}
          warnings={v.checks.filter((c) => !c.passed && c.severity === "soft").map((c) => c.ruleId)}
          domains={[...new Set([...profile.params.d20.pool.domains, ...familiar])]}
        />
      )}
    </div>
  );
}
