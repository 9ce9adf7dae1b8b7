import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { requirePermission } from "@/lib/server/auth/current-actor";
import { can } from "@/lib/authz/permissions";
import { mayAskFullIdNumbers } from "@/lib/print/export-policy";
import { Suspense } from "react";
import { rosterView } from "@/lib/server/cadres/roster";
import { getRosterOptions } from "@/lib/server/cadres/roster-options";
import { parseRosterQuery, ROSTER_PARAM_LABELS } from "@/lib/validation/roster-query";
import { RosterFilters } from "./roster-filters";
import { RosterCount, ROSTER_COUNT_PENDING } from "./roster-count";
import { RosterGrid } from "./roster-grid";
import { FormFileLinks } from "@/components/print/form-file-links";
import { isoDay, todayInChina } from "@/lib/format/dates";
import { trainingChoices } from "@/lib/server/cadres/roster-batch-training";
import { getFamiliarDomains } from "@/lib/server/settings/familiar-domains";
import { getTierNames, tiersInUse } from "@/lib/server/policy/pool-tiers";
import { rosterSearchParams } from "@/lib/validation/roster-query";

export const metadata = { title: "干部名册" };

export default async function RosterPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("cadre", "read");
  const raw = await searchParams;
  const { query, dropped } = parseRosterQuery(raw);
  const can_ = {
    export: can(actor.role, "cadre", "export"),
    print: can(actor.role, "cadre", "print"),
    pool: can(actor.role, "pool", "manage"),
    training: can(actor.role, "development", "manage"),
  };
  const batch = can_.export || can_.print || can_.pool || can_.training;
  const [page, options, trainings, domains, tierNames, inUse] = await Promise.all([
    rosterView(actor, query),
    getRosterOptions(actor, query.unitId),
    can_.training ? trainingChoices(actor) : [],
    can_.pool ? getFamiliarDomains() : [],
    getTierNames(),
    tiersInUse(actor),
  ]);
  // batch entry takes the active profile's tiers only (lib/server/pool/enter.ts refuses others)
  const tiers = tierNames.active.map((t) => ({ value: t, label: tierNames.names[t] }));
  const key = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v ? [[k, v]] : [])),
  ).toString();
  // ticked rows belong to one filter: the grid starts afresh when the filters change
  const filterKey = rosterSearchParams({
    ...query,
    page: 1,
    cols: [],
    sort: "unit",
    dir: "asc",
    size: undefined,
  }).toString();
  const countNode = (
    <Suspense key={key} fallback={ROSTER_COUNT_PENDING}>
      <RosterCount actor={actor} query={query} />
    </Suspense>
  );
  return (
    <div>
      <div className="flex items-start justify-between">
        <PageHeader
          title="干部名册"
          description={`${actor.role === "UNIT" ? "本单位" : "全区"}干部，年龄按${page.asOf.replaceAll("-", ".")}计算（周岁）`}
        />
        {can(actor.role, "cadre", "create") ? (
          <ButtonLink href="/cadres/new" variant="primary">
            新增干部
          </ButtonLink>
        ) : null}
      </div>
      {dropped.length ? (
        <p role="status" className="mb-2 text-sm text-amber-700">
          链接中有无效的筛选条件，已忽略：
          {dropped.map((k) => ROSTER_PARAM_LABELS[k as keyof typeof ROSTER_PARAM_LABELS] ?? k).join("、")}
        </p>
      ) : null}
      <RosterFilters
        key={key}
        query={query}
        options={options}
        asOf={page.asOf}
        tiers={inUse.map((t) => ({ value: t, label: tierNames.names[t] }))}
      />
      <FormFileLinks
        ids={page.rows.map((r) => r.id)}
        asOf={page.asOf}
        canExport={can(actor.role, "cadre", "export")}
        canPrint={can(actor.role, "cadre", "print")}
        fullIdNumbers={mayAskFullIdNumbers(actor)}
      />
      <RosterGrid
        key={filterKey}
        query={query}
        page={page}
        canExport={can_.export}
        fullIdNumbers={mayAskFullIdNumbers(actor)}
        count={countNode}
        batch={
          batch ? { can: can_, today: isoDay(todayInChina()), trainings, domains, tiers, count: countNode } : undefined
        }
      />
    </div>
  );
}
